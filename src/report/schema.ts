// The report: one plain object, the single source of truth. Its zod schema is built from the template,
// so that a stored report (autosave now, the draft file later) is read against the exact cells of the format.
// zod/mini: the same checks as zod's classic API, as functions the bundler leaves out when unused (the first
// screen carries ~6 KB gzip less)
import { z } from 'zod/mini';
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
  const figure = z.number().check(
    z.refine((n) => cellValueProblem(n, cell.kind) === null, {
      error: (issue) => cellValueProblem(issue.input as number, cell.kind) ?? '',
    }),
  );
  return z._default(z.nullable(figure), null);
}

function tableSchema(cells: CellDef[]): z.ZodMiniType<TableValues> {
  const rows = new Map<string, Record<string, ReturnType<typeof cellValueSchema>>>();
  for (const cell of cells) {
    if (cell.sumOf) continue; // derived: not stored, and ignored when a file has it
    const row = rows.get(cell.row) ?? {};
    row[cell.column] = cellValueSchema(cell);
    rows.set(cell.row, row);
  }
  const shape = Object.fromEntries([...rows].map(([key, cols]) => [key, z.prefault(z.object(cols), {})]));
  return z.prefault(z.object(shape), {}) as unknown as z.ZodMiniType<TableValues>;
}

export { TEXT_LIMITS };
/** A text of the report: limited, and read without the characters XML forbids (./text.ts), whoever reads it. */
const string = (max: number) => z.pipe(z.string().check(z.maxLength(max)), z.transform(withoutForbidden));
const text = (max: number) => z._default(string(max), '');

/** A narrative section as stored (format version 2); a missing one reads as empty. */
const sectionBody = () =>
  z.prefault(
    z.object({
      opening: text(TEXT_LIMITS.section),
      subsections: z._default(
        z
          .array(
            z.object({
              heading: text(TEXT_LIMITS.heading),
              text: text(TEXT_LIMITS.section),
              headingOnOwnLine: z._default(z.boolean(), false),
              removedNumbering: z.optional(string(TEXT_LIMITS.name)),
            }),
          )
          .check(z.maxLength(LIST_LIMITS.subsections)),
        [],
      ),
    }),
    {},
  );

/** Building a schema takes far longer than reading with one: one per template, shared by every reader. */
const schemas = new WeakMap<Template, z.ZodMiniType<Report>>();

/** Unknown fields are dropped (zod objects strip them), missing ones read as empty / not filled in. */
export function reportSchema(template: Template): z.ZodMiniType<Report> {
  let schema = schemas.get(template);
  if (!schema) schemas.set(template, (schema = buildReportSchema(template)));
  return schema;
}

function tablesSchema(template: Template) {
  const resolved = resolveTemplate(template);
  const tables = Object.fromEntries(resolved.tables.map((t) => [t.key, tableSchema(t.cells)])) as Record<
    TableKey,
    z.ZodMiniType<TableValues>
  >;
  // missing tables read as not filled in: each table schema defaults itself
  return z.prefault(z.object(tables), { active: undefined, requests: undefined, appeals: undefined });
}

const yearSchema = () => z._default(z.nullable(z.int()), null);

const sectionsSchema = () =>
  z.prefault(
    z.object({
      intro: text(TEXT_LIMITS.section),
      overview: sectionBody(),
      problems: sectionBody(),
      other: sectionBody(),
    }),
    {},
  );

let lastYear: z.ZodMiniType<LastYear | null, unknown> | null = null;
/** One for every report schema: it holds both editions' tables. */
const lastYearSchema = () => (lastYear ??= buildLastYearSchema());

/** Last year's report in whichever edition it was written: its `template` says which tables it has. */
function buildLastYearSchema(): z.ZodMiniType<LastYear | null, unknown> {
  const [first, ...more] = EDITIONS.map((t) =>
    z.object({
      template: z.literal(t.edition),
      year: yearSchema(),
      agency: text(TEXT_LIMITS.name),
      tables: tablesSchema(t),
      sections: sectionsSchema(),
      kept: z.optional(z.array(string(TEXT_LIMITS.name)).check(z.maxLength(LIST_LIMITS.keptTexts))),
    }),
  );
  return z._default(z.nullable(z.discriminatedUnion('template', [first, ...more])), null);
}

function buildReportSchema(template: Template): z.ZodMiniType<Report> {
  // Typed, not cast: the compiler holds the schema to the Report type the whole app uses.
  const schema: z.ZodMiniType<Report, unknown> = z.object({
    template: z.literal(template.edition),
    meta: z.prefault(
      z.object({
        agency: text(TEXT_LIMITS.name),
        year: yearSchema(),
        date: z._default(z.union([z.literal(''), z.iso.date()]), ''),
      }),
      {},
    ),
    sections: sectionsSchema(),
    tables: tablesSchema(template),
    lastYear: lastYearSchema(),
    comments: z._default(
      z
        .array(
          z.object({
            id: string(TEXT_LIMITS.name),
            target: string(TEXT_LIMITS.name),
            author: text(TEXT_LIMITS.name),
            at: text(TEXT_LIMITS.name),
            text: text(TEXT_LIMITS.comment),
            resolved: z._default(z.boolean(), false),
            replyTo: z.optional(string(TEXT_LIMITS.name)),
          }),
        )
        .check(z.maxLength(LIST_LIMITS.comments)),
      [],
    ),
  });
  return schema;
}
