/** The policy checker's public API: lint a pasted identity policy into located findings. */
export { lintPolicy, type LintContext, type LintResult, type Refinement } from './lint'
export {
  CATALOGUE,
  catalogueEntry,
  fillTemplate,
  type CatalogueEntry,
  type FindingCode,
} from './catalogue'
export { SIZE_QUOTAS, measurePolicy, type PolicyKind, type SizeReport } from './size'
export {
  createLineIndex,
  formatPath,
  nodeAtPath,
  parsePath,
  pathOfNode,
  parseText,
  rangeAtPath,
  type LineIndex,
  type ParsedText,
} from './parse'
export { applyEdits } from './edits'
export type { Detection, Finding, Fix, Severity, TextEdit, TextRange } from './types'
