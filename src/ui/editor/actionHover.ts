/**
 * Finds the IAM action under the pointer in a line of policy JSON and writes its explanation.
 * Kept free of Monaco so it can be tested in plain Node.
 */

/** `service:Action`, allowing the wildcards IAM accepts. */
const ACTION_PATTERN = /^[a-z0-9-]+:[A-Za-z0-9*?]+$/

export interface FoundAction {
  readonly action: string
  /** 1-based columns of the string's contents, as Monaco counts them. */
  readonly startColumn: number
  readonly endColumn: number
}

/**
 * The action string that contains `column` (1-based) in `line`, if the string under the
 * pointer looks like an action. Quotes are matched pairwise from the line start, which is
 * right for pretty-printed JSON where one line holds at most a key and a value.
 */
export function actionAt(line: string, column: number): FoundAction | undefined {
  const strings = /"((?:[^"\\]|\\.)*)"/g
  for (let match = strings.exec(line); match; match = strings.exec(line)) {
    const text = match[1] ?? ''
    const startColumn = match.index + 2
    const endColumn = startColumn + text.length
    if (column >= startColumn - 1 && column <= endColumn && ACTION_PATTERN.test(text)) {
      return { action: text, startColumn, endColumn }
    }
  }
  return undefined
}

export interface HoverReason {
  readonly operation: string
  readonly why: string
  readonly confidence: string
}

/** Markdown for the hover: AWS's description and access level, then why this page grants it. */
export function hoverMarkdown(
  action: string,
  described: { readonly description: string; readonly accessLevel: string } | undefined,
  reasons: readonly HoverReason[],
): string[] {
  const parts = [`**${action}**`]
  parts.push(
    described
      ? `${described.description} *(access level: ${described.accessLevel})*`
      : 'Not an action in the AWS service reference this page knows.',
  )
  for (const reason of reasons) {
    parts.push(
      `**Granted for ${reason.operation}** (${reason.confidence} confidence): ${reason.why}`,
    )
  }
  return parts
}
