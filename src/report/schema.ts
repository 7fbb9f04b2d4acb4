// The report: one plain object, the single source of truth. Its zod schema is built from the template,
// so that a stored report (autosave now, the draft file later) is read against the exact cells of the format.
import { z } from 'zod';
import { cellValueProblem } from './number';
import { EDITIONS } from '../template';
import { resolveTemplate, type CellDef } from '../template/resolve';
import type { Edition, TableKey, Template } from '../template/types';
import { LIST_LIMITS, TEXT_LIMITS, withoutForbidden } from './text';

export type CellValue = number | null;
/** row key → column key → value. Derived cells are never stored. */
export type TableValues = Record<string, Record<string, CellValue>>;

/**
 * A subsection of a narrative section: its heading is optional (a report written `一是…二是…` has none);
 * the app numbers the headed ones （一）（二）…, so a heading never holds its own number.
 */
export interface Subsection {
  heading: string;
  text: string;
  /** `（一）主动公开` on a line of its own, the text below it; otherwise run in: `（一）主动公开。正文…` */
  headingOnOwnLine: boolean;
  /** The numbering the clerk typed at the start of the heading and the app removed (`（一）`), until acknowledged. */
  removedNumbering?: string;
}

/** A narrative section (一, 五, 六): an opening text, then any number of subsections, in this order. */
export interface SectionBody {
  opening: string;
  subsections: Subsection[];
}

export interface Comment {
  id: string;
  target: string;
  author: string;
  at: string;
  text: string;
  resolved: boolean;
  /** A reply names the comment it answers (an extra field: other readers ignore it). */
  replyTo?: string;
}

/** `intro`: the preface before 一. */
export type Sections = { intro: string; overview: SectionBody; problems: SectionBody; other: SectionBody };
export type Tables = Record<TableKey, TableValues>;

/**
 * Last year's report, as far as this year's checks need it: its figures (in its own edition) for the
 * cross-year checks, and its texts, so that a text still the same as last year's is marked 沿用上年内容，待修改.
 */
export interface LastYear {
  template: Edition;
  year: number | null;
  agency: string;
  tables: Tables;
  sections: Sections;
  /** Places of last year's texts kept on purpose (沿用上年内容): `intro`, `overview.opening`, `overview.0` (./lastYearText.ts). */
  kept?: string[];
}

export interface Report {
  /** The edition of the format the report follows; it follows the year (template/index.ts). */
  template: Edition;
  meta: { agency: string; year: number | null; date: string };
  sections: Sections;
  tables: Tables;
  comments: Comment[];
  /** Known when the report was started from last year's (or last year's was read beside it); else null. */
  lastYear: LastYear | null;
}

/** A stored figure: the same bound and decimals as typing and paste (`cellValueProblem`), so a draft cannot hold more. */
export function cellValueSchema(cell: Pick<CellDef, 'kind'>) {
  return z
    .number()
    .refine((n) => cellValueProblem(n, cell.kind) === null, {
      error: (issue) => cellValueProblem(issue.input as number, cell.kind) ?? '',
    })
    .nullable()
    .default(null);
}

function tableSchema(cells: CellDef[]): z.ZodType<TableValues> {
  const rows = new Map<string, Record<string, ReturnType<typeof cellValueSchema>>>();
  for (const cell of cells) {
    if (cell.sumOf) continue; // derived: not stored, and ignored when a file has it
    const row = rows.get(cell.row) ?? {};
    row[cell.column] = cellValueSchema(cell);
    rows.set(cell.row, row);
  }
  const shape = Object.fromEntries([...rows].map(([key, cols]) => [key, z.object(cols).prefault({})]));
  return z.object(shape).prefault({}) as unknown as z.ZodType<TableValues>;
}

export { TEXT_LIMITS };
/** A text of the report: limited, and read without the characters XML forbids (./text.ts), whoever reads it. */
const string = (max: number) => z.string().max(max).transform(withoutForbidden);
const text = (max: number) => string(max).default('');

/** A narrative section as stored (format version 2); a missing one reads as empty. */
const sectionBody = () =>
  z
    .object({
      opening: text(TEXT_LIMITS.section),
      subsections: z
        .array(
          z.object({
            heading: text(TEXT_LIMITS.heading),
            text: text(TEXT_LIMITS.section),
            headingOnOwnLine: z.boolean().default(false),
            removedNumbering: string(TEXT_LIMITS.name).optional(),
          }),
        )
        .max(LIST_LIMITS.subsections)
        .default([]),
    })
    .prefault({});

/** Building a schema takes far longer than reading with one: one per template, shared by every reader. */
const schemas = new WeakMap<Template, z.ZodType<Report>>();

/** Unknown fields are dropped (zod objects strip them), missing ones read as empty / not filled in. */
export function reportSchema(template: Template): z.ZodType<Report> {
  let schema = schemas.get(template);
  if (!schema) schemas.set(template, (schema = buildReportSchema(template)));
  return schema;
}

function tablesSchema(template: Template) {
  const resolved = resolveTemplate(template);
  const tables = Object.fromEntries(resolved.tables.map((t) => [t.key, tableSchema(t.cells)])) as Record<
    TableKey,
    z.ZodType<TableValues>
  >;
  // missing tables read as not filled in: each table schema defaults itself
  return z.object(tables).prefault({ active: undefined, requests: undefined, appeals: undefined });
}

const yearSchema = () => z.number().int().nullable().default(null);

const sectionsSchema = () =>
  z
    .object({
      intro: text(TEXT_LIMITS.section),
      overview: sectionBody(),
      problems: sectionBody(),
      other: sectionBody(),
    })
    .prefault({});

let lastYear: z.ZodType<LastYear | null, unknown> | null = null;
/** One for every report schema: it holds both editions' tables. */
const lastYearSchema = () => (lastYear ??= buildLastYearSchema());

/** Last year's report in whichever edition it was written: its `template` says which tables it has. */
function buildLastYearSchema(): z.ZodType<LastYear | null, unknown> {
  const [first, ...more] = EDITIONS.map((t) =>
    z.object({
      template: z.literal(t.edition),
      year: yearSchema(),
      agency: text(TEXT_LIMITS.name),
      tables: tablesSchema(t),
      sections: sectionsSchema(),
      kept: z.array(string(TEXT_LIMITS.name)).max(LIST_LIMITS.keptTexts).optional(),
    }),
  );
  return z
    .discriminatedUnion('template', [first, ...more])
    .nullable()
    .default(null);
}

function buildReportSchema(template: Template): z.ZodType<Report> {
  // Typed, not cast: the compiler holds the schema to the Report type the whole app uses.
  const schema: z.ZodType<Report, unknown> = z.object({
    template: z.literal(template.edition),
    meta: z
      .object({
        agency: text(TEXT_LIMITS.name),
        year: yearSchema(),
        date: z.union([z.literal(''), z.iso.date()]).default(''),
      })
      .prefault({}),
    sections: sectionsSchema(),
    tables: tablesSchema(template),
    lastYear: lastYearSchema(),
    comments: z
      .array(
        z.object({
          id: string(TEXT_LIMITS.name),
          target: string(TEXT_LIMITS.name),
          author: text(TEXT_LIMITS.name),
          at: text(TEXT_LIMITS.name),
          text: text(TEXT_LIMITS.comment),
          resolved: z.boolean().default(false),
          replyTo: string(TEXT_LIMITS.name).optional(),
        }),
      )
      .max(LIST_LIMITS.comments)
      .default([]),
  });
  return schema;
}
