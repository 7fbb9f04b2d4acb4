import { describe, expect, it } from 'vitest';
import { textWidth } from './lineBreak';
import { agencyWords, titleLines } from './title';

const meta = (agency: string, year: number | null = 2024) => ({ meta: { agency, year, date: '' } });
const TITLE_EMS = 20; // 22 pt on the 156 mm text block

describe('titleLines', () => {
  it('keeps a short title on one line', () => {
    expect(titleLines(meta('某某镇'), TITLE_EMS)).toEqual(['某某镇2024年政府信息公开工作年度报告']);
    expect(titleLines(meta('某某县人民政府'), TITLE_EMS)).toEqual(['某某县人民政府', '2024年政府信息公开工作年度报告']);
  });

  it('breaks a long title after the agency name, the report name whole on its own line', () => {
    expect(titleLines(meta('安阳市殷都区铜冶镇人民政府'), TITLE_EMS)).toEqual([
      '安阳市殷都区铜冶镇人民政府',
      '2024年政府信息公开工作年度报告',
    ]);
    expect(titleLines(meta('安阳市殷都区人民政府办公室'), TITLE_EMS)).toEqual([
      '安阳市殷都区人民政府办公室',
      '2024年政府信息公开工作年度报告',
    ]);
  });

  it('splits a very long agency name evenly at its word breaks, never inside a word', () => {
    const agency = '新疆维吾尔自治区伊犁哈萨克自治州霍城县清水河镇人民政府办公室';
    const lines = titleLines(meta(agency), TITLE_EMS);
    expect(lines.at(-1)).toBe('2024年政府信息公开工作年度报告');
    expect(lines.slice(0, -1).join('')).toBe(agency);
    expect(lines.length).toBe(3);
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(TITLE_EMS);
    // each break falls after a level or office name
    for (const l of lines.slice(0, -2)) expect(l).toMatch(/(自治区|自治州|县|镇|人民政府|办公室)$/);
    const [a, b] = lines.slice(0, -1).map(textWidth);
    expect(Math.abs(a - b)).toBeLessThanOrEqual(4);
  });

  it('splits the report name symmetrically when even it does not fit a line', () => {
    const lines = titleLines(meta('某某镇人民政府'), 12);
    expect(lines.join('')).toBe('某某镇人民政府2024年政府信息公开工作年度报告');
    for (const l of lines) expect(textWidth(l)).toBeLessThanOrEqual(12);
    expect(lines).toEqual(['某某镇人民政府2024年', '政府信息公开工作年度报告']);
  });

  it('does not break where the next character binds to the level (市场, 县委, 自治区)', () => {
    expect(agencyWords('某某市市场监督管理局')).toEqual(['某某市', '市场监督管理局']);
    expect(agencyWords('中共某某县委办公室')).toEqual(['中共某某县委办公室']);
    expect(agencyWords('广西壮族自治区人民政府')).toEqual(['广西壮族自治区', '人民政府']);
    expect(agencyWords('某某区某某街道办事处')).toEqual(['某某区', '某某街道办事处']);
  });
});
