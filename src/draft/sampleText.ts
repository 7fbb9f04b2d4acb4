// The sample report's text (public/sample.nianbao.json), in a script of its own loaded on 打开示例: a page
// opened from disk cannot fetch() its own files, and the first screen should not carry it.
import text from '../../public/sample.nianbao.json?raw';

export const sampleText: string = text;
