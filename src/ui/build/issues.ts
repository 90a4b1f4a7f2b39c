import type { ConfigField, InputIssue } from '../../core'

/** Input issues grouped by field, so each input finds its own in one look-up. */
export interface FieldIssues {
  /** The sentences to show under the input. */
  readonly messages: readonly string[]
  /** Entries of a list input that have a problem. */
  readonly badIndexes: ReadonlySet<number>
}

const NONE: FieldIssues = { messages: [], badIndexes: new Set() }

/** Groups issues by field; a list entry's message names the entry, since chips carry no text. */
export function groupIssues(issues: readonly InputIssue[]): (field: ConfigField) => FieldIssues {
  const byField = new Map<ConfigField, { messages: string[]; badIndexes: Set<number> }>()
  for (const issue of issues) {
    const entry = byField.get(issue.field) ?? { messages: [], badIndexes: new Set<number>() }
    byField.set(issue.field, entry)
    if (issue.index === undefined) {
      entry.messages.push(issue.message)
    } else {
      entry.badIndexes.add(issue.index)
      entry.messages.push(`${issue.value}: ${issue.message}`)
    }
  }
  return (field) => byField.get(field) ?? NONE
}
