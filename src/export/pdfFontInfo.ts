// What the clerk is told about the PDF's font, with a link to its licence (shipped with the bundle).
import licenseUrl from '@expo-google-fonts/noto-serif-sc/LICENSE_FONT?url';

export const PDF_FONT = { name: '思源宋体（Noto Serif SC）', license: 'SIL Open Font License 1.1', licenseUrl } as const;
