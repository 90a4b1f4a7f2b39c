/**
 * The configuration the policy is built from: inputs with surrounding spaces trimmed, duplicates
 * dropped, and invalid entries left out, so that a typo never becomes an ARN AWS rejects. The
 * page and the CLI show each dropped entry's problem beside it (validateConfig).
 */
import { validateConfig } from '../config/validate'
import { LIST_FIELDS, TEXT_FIELDS } from '../config/types'
import type { Config } from '../config/types'

/** Trims and de-duplicates every input, then removes what validation rejects. */
export function effectiveConfig(config: Config): Config {
  const tidy: Record<string, unknown> = { ...config }
  for (const field of [...LIST_FIELDS, 'features'] as const) {
    const values = (config[field] as readonly string[]).map((v) => v.trim()).filter(Boolean)
    tidy[field] = [...new Set(values)]
  }
  for (const field of TEXT_FIELDS) tidy[field] = config[field].trim()
  const trimmed = tidy as unknown as Config

  const invalid = validateConfig(trimmed)
  if (invalid.length === 0) return trimmed

  for (const issue of invalid) {
    const current = tidy[issue.field]
    if (Array.isArray(current)) {
      tidy[issue.field] = current.filter((v) => v !== issue.value)
    } else if (typeof current === 'string') {
      tidy[issue.field] = ''
    }
  }
  return tidy as unknown as Config
}
