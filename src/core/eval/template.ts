/**
 * Policy strings parsed once into pieces: literal text, the `*` and `?` wildcards, and policy
 * variables such as `${aws:username}` that are filled in from each request. Parsing once lets a
 * compiled policy answer many requests without re-reading its strings.
 */
import type { ContextLookup } from './types'

/** A piece of a pattern after its variables have been filled in. */
export type GlobToken =
  | { readonly kind: 'text'; readonly text: string }
  | { readonly kind: 'star' }
  | { readonly kind: 'one' }

export interface VariablePiece {
  readonly kind: 'variable'
  /** The context key, lower-cased because key names are case-insensitive. */
  readonly key: string
  readonly fallback?: string
}

export type TemplatePiece = GlobToken | VariablePiece

export interface TemplateOptions {
  /** `*` and `?` are wildcards (StringLike, Resource, Action) rather than plain characters. */
  readonly wildcards: boolean
  /** `${...}` is a policy variable; only policies of Version 2012-10-17 have them. */
  readonly variables: boolean
}

const STAR: GlobToken = { kind: 'star' }
const ONE: GlobToken = { kind: 'one' }

// `${ key }` or `${ key , 'default' }`; a quote inside the default is written twice.
const VARIABLE_BODY = /^\s*([^\s,'{}$]+)\s*(?:,\s*'((?:[^']|'')*)'\s*)?$/

/** Splits a policy string into text, wildcards and variables, once, at compile time. */
export function parseTemplate(value: string, options: TemplateOptions): readonly TemplatePiece[] {
  const pieces: TemplatePiece[] = []
  let text = ''
  const flushText = (): void => {
    if (text !== '') pieces.push({ kind: 'text', text })
    text = ''
  }

  let i = 0
  while (i < value.length) {
    const char = value.charAt(i)
    const variable = options.variables && value.startsWith('${', i) ? readVariable(value, i) : null
    if (variable !== null) {
      if (typeof variable.piece === 'string') {
        text += variable.piece
      } else {
        flushText()
        pieces.push(variable.piece)
      }
      i = variable.end
    } else if (options.wildcards && (char === '*' || char === '?')) {
      flushText()
      pieces.push(char === '*' ? STAR : ONE)
      i += 1
    } else {
      text += char
      i += 1
    }
  }
  flushText()
  return pieces
}

/**
 * Reads `${...}` at `start`. The escapes `${*}`, `${?}` and `${$}` stand for the bare character,
 * which lets a policy match a literal asterisk, question mark or dollar sign.
 */
function readVariable(
  value: string,
  start: number,
): { piece: string | VariablePiece; end: number } | null {
  const close = value.indexOf('}', start + 2)
  if (close < 0) return null
  const body = value.slice(start + 2, close)
  if (body === '*' || body === '?' || body === '$') return { piece: body, end: close + 1 }

  const parsed = VARIABLE_BODY.exec(body)
  // TODO(#3): IAM rejects a malformed `${...}`; here it is kept as literal text.
  if (parsed === null || parsed[1] === undefined) return null
  const key = parsed[1].toLowerCase()
  const piece: VariablePiece =
    parsed[2] === undefined
      ? { kind: 'variable', key }
      : { kind: 'variable', key, fallback: parsed[2].replaceAll("''", "'") }
  return { piece, end: close + 1 }
}

/** True when the pieces hold a policy variable, so they must be filled in per request. */
export function hasVariables(pieces: readonly TemplatePiece[]): boolean {
  return pieces.some((piece) => piece.kind === 'variable')
}

/**
 * Fills in the variables from the request. A variable whose key is absent or multivalued, and
 * that has no default, cannot be resolved: the answer is undefined and the value never matches,
 * as IAM treats such a statement as not applying.
 */
export function resolveTemplate(
  pieces: readonly TemplatePiece[],
  lookup: ContextLookup,
): readonly GlobToken[] | undefined {
  const tokens: GlobToken[] = []
  for (const piece of pieces) {
    if (piece.kind !== 'variable') {
      tokens.push(piece)
      continue
    }
    const found = lookup(piece.key)
    const text = typeof found === 'string' ? found : piece.fallback
    if (text === undefined) return undefined
    // The request's value is matched literally, never as a wildcard.
    tokens.push({ kind: 'text', text })
  }
  return tokens
}

/** The template as plain text, for operators that compare whole strings. */
export function tokensToText(tokens: readonly GlobToken[]): string {
  return tokens.map((token) => (token.kind === 'text' ? token.text : '')).join('')
}
