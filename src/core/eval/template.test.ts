import { describe, expect, it } from 'vitest'

import { parseTemplate, resolveTemplate, tokensToText } from './template'
import type { ContextLookup } from './types'

const context: Record<string, string | readonly string[]> = {
  'aws:username': 'alice',
  'ses:recipients': ['a@example.com', 'b@example.com'],
}
const lookup: ContextLookup = (key) => context[key]

describe('resolveTemplate', () => {
  it.each([
    ['home/${aws:username}/mail', 'home/alice/mail'],
    ['home/${AWS:UserName}', 'home/alice'],
    ['home/${ aws:username }', 'home/alice'],
    ["home/${aws:userid, 'nobody'}", 'home/nobody'],
    ["${aws:userid, 'it''s'}", "it's"],
    ["${aws:username, 'unused'}", 'alice'],
    ['price ${$}5 ${*} ${?}', 'price $5 * ?'],
    ['${unclosed', '${unclosed'],
    ['${ses:Recipients}', undefined],
    ["${ses:Recipients, 'many'}", 'many'],
    ['${aws:userid}', undefined],
  ])('returns the text of %s', (template, expected) => {
    const pieces = parseTemplate(template, { wildcards: false, variables: true })

    const tokens = resolveTemplate(pieces, lookup)

    expect(tokens === undefined ? undefined : tokensToText(tokens)).toBe(expected)
  })

  it('returns the template unchanged when variables are off', () => {
    const pieces = parseTemplate('home/${aws:username}', { wildcards: false, variables: false })

    const tokens = resolveTemplate(pieces, lookup)

    expect(tokens).toEqual([{ kind: 'text', text: 'home/${aws:username}' }])
  })

  it('returns wildcard tokens, and a literal star for ${*}', () => {
    const pieces = parseTemplate('a*${*}?', { wildcards: true, variables: true })

    const tokens = resolveTemplate(pieces, lookup)

    expect(tokens).toEqual([
      { kind: 'text', text: 'a' },
      { kind: 'star' },
      { kind: 'text', text: '*' },
      { kind: 'one' },
    ])
  })
})
