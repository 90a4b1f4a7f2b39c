/**
 * The AWS requests the configured app makes, as IAM evaluates them: one per action and checked
 * resource, with the condition keys the request carries. The checker evaluates a pasted policy
 * against these, so "missing" means a request the app will really make is denied.
 */
import type { Config } from '../config/types'
import type { AppliedGrant } from './derivePolicy'
import type { AppRequest } from './types'

/** A concrete address that satisfies the From restrictions, for evaluating conditions. */
function sampleFromAddress(config: Config): string {
  const pattern = config.fromAddresses[0]
  if (pattern !== undefined) return pattern === '*' ? 'sender@example.com' : concretize(pattern)
  const identity = config.identities[0]
  if (identity === undefined) return 'sender@example.com'
  return identity.includes('@') ? identity : `sender@${identity}`
}

function concretize(pattern: string): string {
  return pattern.replace(/\*/g, 'sender').replace(/\?/g, 'x')
}

function sampleRecipient(config: Config): string {
  const recipient = config.sandbox ? config.recipients[0] : undefined
  if (recipient === undefined) return 'recipient@example.net'
  return recipient.includes('@') ? recipient : `recipient@${recipient}`
}

/** One request per (action, resource) pair, de-duplicated, in grant order. */
export function appRequests(config: Config, applied: readonly AppliedGrant[]): AppRequest[] {
  const seen = new Set<string>()
  const requests: AppRequest[] = []
  for (const item of applied) {
    const context: Record<string, string | readonly string[]> = {}
    if (item.grant.addressKeys) {
      context['ses:FromAddress'] = sampleFromAddress(config)
      context['ses:Recipients'] = [sampleRecipient(config)]
    }
    if (item.grant.apiVersion) context['ses:ApiVersion'] = item.grant.apiVersion

    for (const resource of item.resources) {
      const key = `${item.grant.action} ${resource.arn}`
      if (seen.has(key)) continue
      seen.add(key)
      requests.push({
        action: item.grant.action,
        resource: resource.arn,
        context,
        operation: item.operation,
      })
    }
  }
  return requests
}
