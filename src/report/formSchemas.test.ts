import { describe, expect, it } from 'vitest';
import { authorFormSchema, commentFormSchema, metaFormSchema } from './formSchemas';
import { enterText, TEXT_LIMITS } from './text';

const meta = metaFormSchema(2026);
const messageOf = (result: { success: boolean; error?: { issues: { message: string }[] } }) =>
  result.error?.issues[0]?.message;

describe('form schemas', () => {
  it('refuses a 201-character agency name with the same sentence as typing into any text field', () => {
    const name = '镇'.repeat(201);
    const result = meta.shape.agency.safeParse(name);
    expect(result.success).toBe(false);
    const typed = enterText(name, TEXT_LIMITS.name);
    expect(typed.ok).toBe(false);
    expect(messageOf(result)).toBe(!typed.ok && typed.message);
    expect(messageOf(result)).toContain('最多200字，现有201字');
  });

  it('counts the limit without characters a document cannot hold', () => {
    expect(meta.shape.agency.safeParse('镇'.repeat(200) + '\u0001').success).toBe(true);
  });

  it('reads a year typed in full-width digits, and says why a year is refused', () => {
    expect(meta.shape.year.parse('２０２４')).toBe(2024);
    expect(messageOf(meta.shape.year.safeParse('20'))).toBe('请输入四位年份，例如 2025');
    expect(messageOf(meta.shape.year.safeParse('2030'))).toBe('报告年度不能晚于今年（2026年）');
    expect(messageOf(meta.shape.year.safeParse('2018'))).toContain('不能早于2019年');
  });

  it('asks for a name and a remark that say something, and cleans them', () => {
    expect(messageOf(authorFormSchema.safeParse({ author: '  ' }))).toContain('请填写署名');
    expect(authorFormSchema.parse({ author: ' 张三\u0007 ' }).author).toBe('张三');
    expect(messageOf(commentFormSchema.safeParse({ text: '' }))).toBe('请写下批注的内容');
    expect(messageOf(commentFormSchema.safeParse({ text: '字'.repeat(5001) }))).toContain('最多5000字');
  });
});
