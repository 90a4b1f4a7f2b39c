/**
 * Regular-expression syntax written where IAM expects a glob. IAM's wildcards are only `*` and
 * `?`; a `.*` or `\d` is matched literally, so the pattern almost never matches what was meant.
 */
import type { StringItem } from './model'
import { replaceStringEdit } from './parse'
import type { Report } from './types'

const REGEX_CONSTRUCTS: readonly RegExp[] = [
  /\.\*/, // .*  any run
  /\.\+/, // .+  one or more
  /\\[dDwWsS.]/, // \d \w \s \.
  /\[[^\]]*\]/, // [a-z]
  /^\^/, // ^ anchor
  /(^|[^}])\$$/, // $ anchor (a policy variable ends with '}', not '$')
  /\([^)]*\|[^)]*\)/, // (a|b)
]

/** True when the value contains regular-expression syntax. */
export function hasRegexSyntax(value: string): boolean {
  return REGEX_CONSTRUCTS.some((construct) => construct.test(value))
}

/**
 * The glob a value most likely meant, when the only regex syntax in it is `.*`; otherwise
 * undefined, because a mechanical rewrite of other constructs could change the meaning.
 */
export function globFromRegex(value: string): string | undefined {
  if (!value.includes('.*')) return undefined
  const glob = value.replaceAll('.*', '*')
  return hasRegexSyntax(glob) ? undefined : glob
}

/** Reports regex syntax in a glob value, with a fix when the rewrite is mechanical. */
export function checkRegexSyntax(item: StringItem, report: Report): void {
  if (!hasRegexSyntax(item.value)) return
  const expected = globFromRegex(item.value)
  report({
    code: 'GLOB_REGEX_SYNTAX',
    path: item.path,
    range: { offset: item.node.offset, length: item.node.length },
    value: item.value,
    ...(expected !== undefined && {
      params: { expected },
      edits: [replaceStringEdit(item.node, expected)],
    }),
  })
}
