/**
 * AWS's service reference as extracted at install time, read as plain JSON: the end-to-end
 * tests compare the page with the source data, not with the core that rendered it.
 */
import { readFileSync } from 'node:fs'

interface Reference {
  services: Record<string, { actions: Record<string, { accessLevel: string }> }>
}

const reference = JSON.parse(
  readFileSync(new URL('../../src/core/iam/data.generated.json', import.meta.url), 'utf8'),
) as Reference

/** The access level AWS gives an SES action, e.g. "Write". */
export function accessLevelOf(sesAction: string): string {
  const action = reference.services.ses?.actions[sesAction.toLowerCase()]
  if (!action) throw new Error(`ses:${sesAction} is not in the reference data`)
  return action.accessLevel
}
