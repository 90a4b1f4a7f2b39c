/**
 * Parsing the pasted text with positions. jsonc-parser builds a tree whose every node knows its
 * offset, and reports syntax errors with offsets instead of throwing, so one bad comma still
 * leaves the rest of the policy readable and checkable.
 */
import {
  findNodeAtLocation,
  getNodePath,
  getNodeValue,
  parseTree,
  printParseErrorCode,
  type Node,
  type ParseError,
} from 'jsonc-parser'
import type { Report, TextEdit, TextRange } from './types'

export type { Node } from 'jsonc-parser'

export interface ParsedText {
  readonly text: string
  /** The tree, or undefined when the text holds no JSON value at all. */
  readonly root: Node | undefined
  readonly errors: readonly ParseError[]
  /** The parsed value; best effort when there are syntax errors. */
  readonly value: unknown
}

/**
 * How deep arrays and objects nest, stopping once past `limit`. A policy nests five or six levels
 * deep; a paste nested thousands deep would overflow the parser's stack, so it is refused first.
 */
export function nestingDepthExceeds(text: string, limit: number): number | undefined {
  let depth = 0
  let inString = false
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (inString) {
      if (ch === 92)
        i++ // backslash: skip the escaped character
      else if (ch === 34) inString = false
    } else if (ch === 34) inString = true
    else if (ch === 91 || ch === 123) {
      if (++depth > limit) return i
    } else if (ch === 93 || ch === 125) depth--
  }
  return undefined
}

/**
 * Parses policy text as strict JSON (comments and trailing commas are errors, as IAM treats
 * them) and keeps whatever could be read.
 */
export function parseText(text: string): ParsedText {
  const errors: ParseError[] = []
  const root = parseTree(text, errors, { disallowComments: true, allowTrailingComma: false })
  return { text, root, errors, value: root && getNodeValue(root) }
}

const plainKey = /^[^.[\]"\s]+$/

/**
 * Formats a JSON path the way findings show it, e.g.
 * `Statement[0].Condition.StringLike.ses:FromAddress`.
 * Keys that would be ambiguous in dotted form (dots, brackets, quotes, spaces) are bracketed.
 */
export function formatPath(segments: readonly (string | number)[]): string {
  return segments.reduce<string>((path, segment) => childPath(path, segment), '')
}

/** The path of a child of the node at `parent`, built as detectors walk down the tree. */
export function childPath(parent: string, segment: string | number): string {
  if (typeof segment === 'number') return `${parent}[${segment}]`
  if (!plainKey.test(segment)) return `${parent}[${JSON.stringify(segment)}]`
  return parent === '' ? segment : `${parent}.${segment}`
}

/** The path of a node of the tree, e.g. for a node found by offset under the cursor. */
export function pathOfNode(node: Node): string {
  return formatPath(getNodePath(node))
}

/** Splits a path made by formatPath back into its segments. */
export function parsePath(path: string): (string | number)[] {
  const segments: (string | number)[] = []
  const token = /\[(\d+)\]|\[("(?:[^"\\]|\\.)*")\]|\.?([^.[]+)/g
  for (const match of path.matchAll(token)) {
    if (match[1] !== undefined) segments.push(Number(match[1]))
    else if (match[2] !== undefined) segments.push(JSON.parse(match[2]) as string)
    else if (match[3] !== undefined) segments.push(match[3])
  }
  return segments
}

/** The node at a path such as `Statement[0].Action[1]`, for callers that hold only a path. */
export function nodeAtPath(root: Node | undefined, path: string): Node | undefined {
  if (!root) return undefined
  return path === '' ? root : findNodeAtLocation(root, parsePath(path))
}

/** The text range of the node at a path, or undefined when the path is not in the document. */
export function rangeAtPath(root: Node | undefined, path: string): TextRange | undefined {
  const node = nodeAtPath(root, path)
  return node && { offset: node.offset, length: node.length }
}

/** The property nodes of an object node, in document order. */
export function properties(node: Node): { key: string; keyNode: Node; value: Node; prop: Node }[] {
  const out: { key: string; keyNode: Node; value: Node; prop: Node }[] = []
  for (const prop of node.children ?? []) {
    const [keyNode, value] = prop.children ?? []
    if (keyNode && value) out.push({ key: String(keyNode.value), keyNode, value, prop })
  }
  return out
}

/** The text range a node covers. */
export function rangeOf(node: Node): TextRange {
  return { offset: node.offset, length: node.length }
}

/** Converts offsets to the 1-based line and column an editor shows. */
export interface LineIndex {
  position(offset: number): { line: number; column: number }
}

/** Builds a line index once, so each finding's position is a binary search, not a scan. */
export function createLineIndex(text: string): LineIndex {
  const starts = [0]
  for (let i = 0; i < text.length; i++) {
    const ch = text.charCodeAt(i)
    if (ch === 10) starts.push(i + 1)
    else if (ch === 13 && text.charCodeAt(i + 1) !== 10) starts.push(i + 1)
  }
  return {
    position(offset) {
      let lo = 0
      let hi = starts.length - 1
      while (lo < hi) {
        const mid = (lo + hi + 1) >> 1
        if ((starts[mid] ?? 0) <= offset) lo = mid
        else hi = mid - 1
      }
      return { line: lo + 1, column: offset - (starts[lo] ?? 0) + 1 }
    },
  }
}

/**
 * The range of a substring of a string literal's value, so a finding can underline one ARN
 * segment. When the literal has escapes, value and text offsets differ: then the whole literal.
 */
export function substringRange(text: string, node: Node, start: number, length: number) {
  const raw = text.slice(node.offset + 1, node.offset + node.length - 1)
  if (raw.includes('\\')) return rangeOf(node)
  return { offset: node.offset + 1 + start, length }
}

/** An edit replacing a string literal's value, escaping it as JSON needs. */
export function replaceStringEdit(node: Node, value: string): TextEdit {
  return { offset: node.offset, length: node.length, text: JSON.stringify(value) }
}

/** An edit removing a property together with the comma that separates it from a neighbour. */
export function removePropertyEdit(prop: Node): TextEdit {
  const siblings = prop.parent?.children ?? []
  const index = siblings.indexOf(prop)
  const next = siblings[index + 1]
  const previous = siblings[index - 1]
  if (next) return { offset: prop.offset, length: next.offset - prop.offset, text: '' }
  if (previous) {
    const start = previous.offset + previous.length
    return { offset: start, length: prop.offset + prop.length - start, text: '' }
  }
  return { offset: prop.offset, length: prop.length, text: '' }
}

/**
 * Reports each syntax error once, at the character IAM would stop at. A trailing comma is
 * reported at the comma itself (jsonc-parser points at the bracket after it) with a fix, and
 * a comment gets a fix that deletes it.
 */
export function reportSyntax(parsed: ParsedText, report: Report): void {
  const seen = new Set<number>()
  for (const error of parsed.errors) {
    const comma = trailingCommaBefore(parsed.text, error.offset)
    const offset = comma ?? error.offset
    if (seen.has(offset)) continue
    seen.add(offset)
    const edit = { offset, length: comma === undefined ? error.length : 1, text: '' }
    if (comma !== undefined) {
      report({ code: 'JSON_TRAILING_COMMA', path: '', range: edit, value: ',', edits: [edit] })
    } else if (printParseErrorCode(error.error) === 'InvalidCommentToken') {
      const value = parsed.text.slice(offset, offset + error.length)
      report({ code: 'JSON_COMMENT', path: '', range: edit, value, edits: [edit] })
    } else {
      const problem = describeError(error)
      report({ code: 'JSON_SYNTAX', path: '', range: edit, params: { problem } })
    }
  }
}

function trailingCommaBefore(text: string, offset: number): number | undefined {
  const ch = text[offset]
  if (ch !== ']' && ch !== '}') return undefined
  let i = offset - 1
  while (i >= 0 && /\s/.test(text[i] ?? '')) i--
  return text[i] === ',' ? i : undefined
}

const problems: Record<string, string> = {
  InvalidSymbol: 'unexpected character',
  InvalidNumberFormat: 'invalid number',
  PropertyNameExpected: 'a quoted property name was expected',
  ValueExpected: 'a value was expected',
  ColonExpected: 'a colon was expected',
  CommaExpected: 'a comma was expected',
  CloseBraceExpected: 'a closing } was expected',
  CloseBracketExpected: 'a closing ] was expected',
  EndOfFileExpected: 'nothing may follow the policy',
  UnexpectedEndOfString: 'a string is not closed',
  UnexpectedEndOfComment: 'a comment is not closed',
  UnexpectedEndOfNumber: 'a number is cut off',
  InvalidUnicode: 'invalid unicode escape',
  InvalidEscapeCharacter: 'invalid escape character',
  InvalidCharacter: 'invalid character in a string',
}

function describeError(error: ParseError): string {
  const name = printParseErrorCode(error.error)
  return problems[name] ?? name
}
