import { readdirSync, readFileSync } from 'node:fs'
import { join } from 'node:path'
import { describe, expect, it } from 'vitest'
import { DEFAULT_CONFIG } from '../config/types'
import type { Config } from '../config/types'
import { derivePolicy } from '../derive/derivePolicy'
import { oracleDecision } from '../../../test/oracle'
import { checkPolicy } from './checkPolicy'

const casesDir = join(import.meta.dirname, '..', 'derive', 'cases')
const configs = readdirSync(casesDir)
  .filter((f) => f.endsWith('.json'))
  .map((f) => {
    const golden = JSON.parse(readFileSync(join(casesDir, f), 'utf8')) as {
      config: Partial<Config>
    }
    return [f, { ...DEFAULT_CONFIG, ...golden.config }] as const
  })

describe('checkPolicy', () => {
  it.each(configs)(
    'returns nothing missing or unneeded for the derived policy of %s',
    (_f, config) => {
      const derived = derivePolicy(config)

      const result = checkPolicy(derived.json, config)

      expect(result.missing).toEqual([])
      expect(result.unneeded).toEqual([])
      expect(result.findings.filter((f) => f.severity === 'error')).toEqual([])
    },
  )

  it.each(configs)(
    'returns a policy the independent oracle allows for every request (%s)',
    (_f, config) => {
      const derived = derivePolicy(config)

      const decisions = derived.requests.map((request) => oracleDecision(derived.document, request))

      expect(decisions.every((d) => d === 'Allowed')).toBe(true)
    },
  )
})
