/**
 * IAM's wildcard matching: `*` matches any run of characters, `?` exactly one, and nothing else
 * is special (IAM patterns are globs, not regular expressions).
 */

const cache = new Map<string, RegExp>()

/** A RegExp equivalent to the IAM glob, anchored at both ends. Compiled once per pattern. */
export function globToRegExp(pattern: string, ignoreCase = false): RegExp {
  const key = `${ignoreCase ? 'i' : 's'}:${pattern}`
  let re = cache.get(key)
  if (!re) {
    const body = pattern
      .split('')
      .map((ch) =>
        ch === '*' ? '.*' : ch === '?' ? '.' : ch.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&'),
      )
      .join('')
    re = new RegExp(`^${body}$`, ignoreCase ? 'is' : 's')
    cache.set(key, re)
  }
  return re
}

/** True when the IAM glob matches the value. */
export function globMatches(pattern: string, value: string, ignoreCase = false): boolean {
  if (!pattern.includes('*') && !pattern.includes('?')) {
    return ignoreCase ? pattern.toLowerCase() === value.toLowerCase() : pattern === value
  }
  return globToRegExp(pattern, ignoreCase).test(value)
}
