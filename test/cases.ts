/** Configurations several test files share, so a change to the real case is made once. */
import { DEFAULT_CONFIG } from '../src/core/config/types'
import type { Config } from '../src/core/config/types'

/**
 * The case this project started from: an Anymail 11 app sends plain mail and templated batch
 * mail (template `welcome`) from example.com in us-east-1, account 111122223333.
 */
export const REAL_CASE: Config = {
  ...DEFAULT_CONFIG,
  features: ['send', 'templates'],
  templates: ['welcome'],
  identities: ['example.com'],
  regions: ['us-east-1'],
  account: '111122223333',
}
