/**
 * The shapes the policy checker hands out. A finding is data: a stable code, where it is (JSON
 * path and text range) and the value found there. Prose comes from the catalogue, so the page,
 * the CLI and the tests all read the same sentence for the same code.
 */
import type { FindingCode } from './catalogue'

/** Access Analyzer's four classes, so users meet the words they already know from AWS. */
export type Severity = 'error' | 'security' | 'warning' | 'suggestion'

/** One replacement in the pasted text, in the text's own offsets. */
export interface TextEdit {
  readonly offset: number
  readonly length: number
  readonly text: string
}

/** A mechanical correction: applying all its edits to the pasted text removes the finding. */
export interface Fix {
  readonly title: string
  readonly edits: readonly TextEdit[]
}

export interface Finding {
  /** Stable UPPER_SNAKE code from the catalogue, never reused. */
  readonly code: string
  readonly severity: Severity
  /** One sentence stating the rule; the found value is kept apart in `value`. */
  readonly message: string
  /** JSON path such as `Statement[0].Action[1]`; '' for the whole document. */
  readonly path: string
  readonly offset: number
  readonly length: number
  /** 1-based line and column of `offset`. */
  readonly line: number
  readonly column: number
  readonly value?: string
  readonly fix?: Fix
}

/** A text range in the pasted text. */
export interface TextRange {
  readonly offset: number
  readonly length: number
}

/**
 * What a detector reports: the code, the location and the found value, nothing more. The linter
 * turns it into a Finding by adding the catalogue's severity and sentence and the line/column.
 */
export interface Detection {
  readonly code: FindingCode
  readonly path: string
  readonly range: TextRange
  readonly value?: string
  /** Values for `{name}` slots in the catalogue's message and fix title. */
  readonly params?: Readonly<Record<string, string>>
  readonly edits?: readonly TextEdit[]
}

/** Where detectors put what they find. */
export type Report = (detection: Detection) => void
