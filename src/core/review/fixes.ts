/**
 * Mechanical fixes that need the configuration: adding the statements that cover what is
 * missing, and narrowing a broad Action or Resource to what the app needs. Each fix is a list of
 * text edits on the pasted text, so the user's own formatting survives elsewhere.
 */
import type { Node } from '../check/parse'
import type { Fix, TextEdit } from '../check/types'
import type { PolicyDocument, PolicyStatement } from '../derive/types'
import type { MissingPermission } from './coverage'

/** The generated statements restricted to the missing actions, with Sids that do not clash. */
export function statementsFor(
  generated: PolicyDocument,
  missing: readonly MissingPermission[],
  takenSids: ReadonlySet<string>,
): PolicyStatement[] {
  const actions = new Set(missing.map((m) => m.action))
  return generated.Statement.flatMap((statement) => {
    const wanted = statement.Action.filter((a) => actions.has(a))
    if (wanted.length === 0) return []
    let sid = statement.Sid
    while (takenSids.has(sid)) sid = `${sid}Added`
    return [{ ...statement, Sid: sid, Action: wanted }]
  })
}

/** Edits that append statements to the pasted policy's Statement (array or single object). */
export function appendStatementsFix(
  text: string,
  statementNode: Node | undefined,
  statements: readonly PolicyStatement[],
): Fix | undefined {
  if (!statementNode || statements.length === 0) return undefined
  const title = 'Add the missing permissions'

  if (statementNode.type === 'array') {
    const items = statementNode.children ?? []
    const last = items[items.length - 1]
    const indent = last
      ? indentationAt(text, last.offset)
      : `${indentationAt(text, statementNode.offset)}  `
    const body = statements.map((s) => indentJson(s, indent)).join(`,\n${indent}`)
    const edit: TextEdit = last
      ? { offset: last.offset + last.length, length: 0, text: `,\n${indent}${body}` }
      : { offset: statementNode.offset + 1, length: 0, text: `\n${indent}${body}\n` }
    return { title, edits: [edit] }
  }

  if (statementNode.type === 'object') {
    const indent = indentationAt(text, statementNode.offset)
    const body = statements.map((s) => indentJson(s, indent)).join(`,\n${indent}`)
    const end = statementNode.offset + statementNode.length
    return {
      title,
      edits: [
        { offset: statementNode.offset, length: 0, text: '[' },
        { offset: end, length: 0, text: `,\n${indent}${body}]` },
      ],
    }
  }
  return undefined
}

/** An edit replacing an element's whole value (e.g. `"Action": "ses:*"`) with a string list. */
export function replaceValueFix(title: string, node: Node, values: readonly string[]): Fix {
  const text = values.length === 1 ? JSON.stringify(values[0]) : JSON.stringify(values)
  return { title, edits: [{ offset: node.offset, length: node.length, text }] }
}

function indentationAt(text: string, offset: number): string {
  const lineStart = text.lastIndexOf('\n', offset - 1) + 1
  const match = /^[ \t]*/.exec(text.slice(lineStart, offset))
  return match?.[0] ?? ''
}

function indentJson(value: unknown, indent: string): string {
  return JSON.stringify(value, null, 2).replace(/\n/g, `\n${indent}`)
}
