/** Hover text for an action in the editor: AWS's own description and access level. */
import { getAction } from './reference'

/** AWS's description of `service:Action`, or undefined for an unknown or wildcard action. */
export function describeAction(
  action: string,
): { description: string; accessLevel: string } | undefined {
  const [service, name] = action.split(':')
  if (!service || !name) return undefined
  const info = getAction(service, name)
  return info && { description: info.description, accessLevel: info.accessLevel }
}
