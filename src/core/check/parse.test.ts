import { describe, expect, it } from 'vitest'
import { createLineIndex, formatPath, nodeAtPath, parsePath, parseText, pathOfNode } from './parse'

describe('formatPath', () => {
  it.each([
    [[], ''],
    [['Statement', 0, 'Action', 1], 'Statement[0].Action[1]'],
    [
      ['Statement', 2, 'Condition', 'StringLike', 'ses:FromAddress'],
      'Statement[2].Condition.StringLike.ses:FromAddress',
    ],
    [
      ['Statement', 0, 'Condition', 'StringEquals', 'kms:EncryptionContext:a.b'],
      'Statement[0].Condition.StringEquals["kms:EncryptionContext:a.b"]',
    ],
  ] as const)('returns %j as %s', (segments, expected) => {
    const path = formatPath(segments)

    expect(path).toBe(expected)
    expect(parsePath(path)).toEqual(segments)
  })
})

describe('nodeAtPath', () => {
  const text =
    '{"Statement": [{"Action": ["ses:SendEmail", "ses:SendRawEmail"],\n' +
    ' "Condition": {"StringEquals": {"a.b": "x"}}}]}'
  const { root } = parseText(text)

  it.each([
    ['Statement[0].Action[1]', '"ses:SendRawEmail"'],
    ['Statement[0].Condition.StringEquals["a.b"]', '"x"'],
  ])('returns the node at %s', (path, expected) => {
    const node = nodeAtPath(root, path)

    expect(node && text.slice(node.offset, node.offset + node.length)).toBe(expected)
  })

  it.each(['Statement[0].Action[1]', 'Statement[0].Condition.StringEquals["a.b"]'])(
    'returns a node whose own path is %s again',
    (path) => {
      const node = nodeAtPath(root, path)

      expect(node && pathOfNode(node)).toBe(path)
    },
  )

  it('returns undefined when the path is not in the document', () => {
    expect(nodeAtPath(root, 'Statement[3].Action')).toBeUndefined()
  })
})

describe('createLineIndex', () => {
  it.each([
    ['ab\ncd', 0, { line: 1, column: 1 }],
    ['ab\ncd', 4, { line: 2, column: 2 }],
    ['ab\r\ncd', 4, { line: 2, column: 1 }],
    ['a\rb\n\nc', 5, { line: 4, column: 1 }],
  ] as const)('returns the 1-based position in %j of offset %i', (text, offset, expected) => {
    const index = createLineIndex(text)

    expect(index.position(offset)).toEqual(expected)
  })
})
