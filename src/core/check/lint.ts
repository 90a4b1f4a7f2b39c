/**
 * The configuration-independent policy checker: parse with positions, then grammar, reference
 * data, broad grants and size. Every problem becomes a located finding with the catalogue's
 * sentence; nothing throws, so a half-typed policy in the editor still gets useful marks.
 */
import { catalogueEntry, fillTemplate } from './catalogue'
import { checkGrammar } from './grammar'
import { buildModel, type PolicyModel } from './model'
import {
  createLineIndex,
  nestingDepthExceeds,
  parseText,
  reportSyntax,
  type LineIndex,
  type ParsedText,
} from './parse'
import { checkReference } from './reference'
import { checkSecurity } from './security'
import { measurePolicy, sizeDetection, type SizeReport } from './size'
import type { Detection, Finding } from './types'

export interface LintResult {
  /** Sorted by offset, then code. */
  readonly findings: readonly Finding[]
  /** The parsed policy; with syntax errors, jsonc-parser's best-effort reading. */
  readonly document: unknown
  readonly sizes: SizeReport
}

/** Far deeper than any policy (five or six levels), far shallower than the parser's stack. */
const MAX_NESTING = 64

/** What a refinement step sees: the parsed text and the statements read from it. */
export interface LintContext {
  readonly parsed: ParsedText
  readonly model: PolicyModel
}

/**
 * A step run after the built-in detectors, for checks that need more than the text (the
 * builder's configuration): it may add detections, or replace one to attach a fix.
 */
export type Refinement = (context: LintContext, detections: Detection[]) => void

/** Checks a pasted IAM identity policy and returns every finding, located in the text. */
export function lintPolicy(text: string, refine?: Refinement): LintResult {
  const detections: Detection[] = []
  const report = (detection: Detection) => detections.push(detection)

  const tooDeep = nestingDepthExceeds(text, MAX_NESTING)
  if (tooDeep !== undefined) {
    report({ code: 'JSON_TOO_DEEP', path: '', range: { offset: tooDeep, length: 1 } })
  }
  const parsed = parseText(tooDeep === undefined ? text : '')
  if (tooDeep === undefined) reportSyntax(parsed, report)
  const model = buildModel(parsed.root)
  checkGrammar(parsed, model, report)
  for (const statement of model.statements) {
    checkReference(text, statement, report)
    checkSecurity(statement, report)
  }
  const sizes = measurePolicy(text)
  const size = sizeDetection(sizes)
  if (size) report(size)
  refine?.({ parsed, model }, detections)

  const lines = createLineIndex(text)
  const findings = detections.map((detection) => toFinding(detection, lines))
  findings.sort((a, b) => a.offset - b.offset || (a.code < b.code ? -1 : a.code > b.code ? 1 : 0))
  return { findings, document: parsed.value, sizes }
}

/** Adds the catalogue's severity and sentence, and the line and column, to a detection. */
function toFinding(detection: Detection, lines: LineIndex): Finding {
  const entry = catalogueEntry(detection.code)
  if (!entry) throw new Error(`Finding code ${detection.code} is missing from the catalogue`)
  const { line, column } = lines.position(detection.range.offset)
  const fixTitle = entry.fixTitle ?? entry.fixHint
  return {
    code: detection.code,
    severity: entry.severity,
    message: fillTemplate(entry.message, detection.params),
    path: detection.path,
    offset: detection.range.offset,
    length: detection.range.length,
    line,
    column,
    ...(detection.value !== undefined && { value: detection.value }),
    ...(detection.edits && {
      fix: { title: fillTemplate(fixTitle, detection.params), edits: detection.edits },
    }),
  }
}
