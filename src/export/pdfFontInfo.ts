// What the clerk is told about the PDF's faces, with links to their licences (shipped with the bundle).
import notoLicenseUrl from '@expo-google-fonts/noto-serif-sc/LICENSE_FONT?url';

/** Written beside the bundle's scripts by the build (vite.config.ts), from Debian's fonts-lxgw-wenkai. */
const LXGW_LICENSE_URL = 'assets/LXGWWenKai-LICENSE.txt';

export const PDF_FONTS = [
  {
    name: '思源宋体（Noto Serif SC）',
    use: '正文、标题、表格',
    license: 'SIL Open Font License 1.1',
    licenseUrl: notoLicenseUrl,
  },
  {
    name: '思源黑体（Noto Sans SC）',
    use: '一级标题',
    license: 'SIL Open Font License 1.1',
    licenseUrl: notoLicenseUrl,
  },
  {
    name: '霞鹜文楷（LXGW WenKai）',
    use: '（一）级标题',
    license: 'SIL Open Font License 1.1',
    licenseUrl: LXGW_LICENSE_URL,
  },
] as const;
