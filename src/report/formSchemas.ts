// The forms a clerk or reviewer fills in (基本信息, a remark, a reply, the reviewer's name) as zod schemas:
// react-hook-form validates with these (through @hookform/resolvers' zodResolver), so every message shown at a
// field is written here once, in Chinese, with the limits of ./text.ts that the draft reader applies too.
import { z } from 'zod/mini';
import { checkReportYear } from '../template';
import { halfWidthDigits } from './number';
import { removeForbidden, TEXT_LIMITS, tooLongMessage } from './text';

/** A text as an input holds it: past `limit` (counted without the characters a document cannot hold) it is refused. */
export const textInput = (limit: number) =>
  z.string().check(
    z.superRefine((raw, ctx) => {
      const { length } = removeForbidden(raw).text;
      if (length > limit) ctx.addIssue({ code: 'custom', message: tooLongMessage(limit, length), input: raw });
    }),
  );

/** A text that must say something: blank is refused with `blank`. */
const requiredText = (limit: number, blank: string) =>
  textInput(limit).check(z.refine((raw) => raw.trim() !== '', blank));

/** 报告年度 as typed (full-width digits too): four digits, within the years the formats cover. */
export const yearInput = (currentYear: number) =>
  z
    .pipe(
      z.pipe(
        z.pipe(
          z.string(),
          z.transform((raw: string) => halfWidthDigits(raw.trim())),
        ),
        z.string().check(z.regex(/^\d{4}$/, '请输入四位年份，例如 2025')),
      ),
      z.transform(Number),
    )
    .check(
      z.superRefine((year, ctx) => {
        const checked = checkReportYear(year, currentYear);
        if (!checked.ok) ctx.addIssue({ code: 'custom', message: checked.message, input: year });
      }),
    );

/** 基本信息: what the inputs hold (the year as typed); each field is judged on its own as it changes. */
export const metaFormSchema = (currentYear: number) =>
  z.object({
    agency: textInput(TEXT_LIMITS.name),
    year: yearInput(currentYear),
    date: z.union([z.literal(''), z.iso.date('请选择有效的日期')]),
  });
export type MetaFormValues = z.input<ReturnType<typeof metaFormSchema>>;
export type MetaFormOutput = z.output<ReturnType<typeof metaFormSchema>>;

/** The name remarks are signed with, asked once. */
export const authorFormSchema = z.object({
  author: z.pipe(
    requiredText(TEXT_LIMITS.name, '请填写署名，如“区政务公开办 张三”'),
    z.transform((s: string) => removeForbidden(s).text.trim()),
  ),
});
export type AuthorFormValues = z.input<typeof authorFormSchema>;
export type AuthorFormOutput = z.output<typeof authorFormSchema>;

/** A remark or a reply. */
export const commentFormSchema = z.object({
  text: z.pipe(
    requiredText(TEXT_LIMITS.comment, '请写下批注的内容'),
    z.transform((s: string) => removeForbidden(s).text),
  ),
});
export type CommentFormValues = z.input<typeof commentFormSchema>;
export type CommentFormOutput = z.output<typeof commentFormSchema>;
