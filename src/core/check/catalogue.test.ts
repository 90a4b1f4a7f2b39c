import { describe, expect, it } from 'vitest'
import { CATALOGUE, fillTemplate } from './catalogue'

describe('CATALOGUE', () => {
  it.each(Object.entries(CATALOGUE))('returns a complete entry for %s', (code, entry) => {
    expect(code).toMatch(/^[A-Z][A-Z0-9]*(_[A-Z0-9]+)+$/)
    expect(['error', 'security', 'warning', 'suggestion']).toContain(entry.severity)
    expect(entry.message.endsWith('.')).toBe(true)
    expect(entry.message.slice(0, -1)).not.toMatch(/[.!?]\s+[A-Z]/)
    expect(entry.why.length).toBeGreaterThan(10)
    expect(entry.fixHint.length).toBeGreaterThan(5)
  })
})

describe('fillTemplate', () => {
  it('returns the template with known slots filled and unknown slots kept', () => {
    const text = fillTemplate('{element} must be {expected}.', { element: 'Effect' })

    expect(text).toBe('Effect must be {expected}.')
  })
})
