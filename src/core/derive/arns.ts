/**
 * ARNs for each kind of resource a grant is checked on. A missing input becomes `*` in its ARN
 * segment (never a placeholder that AWS would reject), and the builder notes that it did so.
 */
import type { Config } from '../config/types'
import type { ResourceKind } from '../knowledge/operations'
import { SOURCES } from '../knowledge/sources'
import type { ResourceExplanation } from './types'

const CONFIGURATION_SET_SOURCES = [
  SOURCES.sesDefaultConfigurationSet,
  SOURCES.defaultConfigurationSetDenied,
  SOURCES.medplumDefaultConfigurationSet,
]
const SANDBOX_SOURCES = [
  SOURCES.sesSandbox,
  SOURCES.sandboxRecipientDenied,
  SOURCES.cloudposseSandbox,
]

const orAny = (values: readonly string[]): readonly string[] => (values.length ? values : ['*'])

function sesArn(config: Config, region: string, resource: string): string {
  return `arn:${config.partition}:ses:${region}:${config.account || '*'}:${resource}`
}

function perRegion(
  config: Config,
  names: readonly string[],
  type: string,
  why: (name: string) => string,
): ResourceExplanation[] {
  return orAny(config.regions).flatMap((region) =>
    names.map((name) => ({ arn: sesArn(config, region, `${type}/${name}`), why: why(name) })),
  )
}

const IDENTITY_WHY = (name: string): string =>
  name === '*'
    ? 'any verified identity (no identity entered)'
    : 'the verified identity that authorizes the From address'

/** The ARNs of one resource kind, each with why SES checks it. */
export function resourcesOf(kind: ResourceKind, config: Config): ResourceExplanation[] {
  switch (kind) {
    case 'identity':
      return perRegion(config, orAny(config.identities), 'identity', IDENTITY_WHY)
    case 'configuration-set':
      return perRegion(
        config,
        config.configurationSets,
        'configuration-set',
        () => "a configuration set the app names, or an identity's default set, checked on send",
      ).map((r) => ({ ...r, confidence: 'medium', sources: CONFIGURATION_SET_SOURCES }))
    case 'template':
      return perRegion(config, orAny(config.templates), 'template', (name) =>
        name === '*' ? 'any template (no template entered)' : 'a template the app sends with',
      )
    case 'sns-topic':
      return snsTopics(config)
    case 's3-inbound-object':
      return [s3Objects(config)]
  }
}

/** In the sandbox SES checks each recipient's verified identity as well as the sender's. */
export function recipientIdentities(config: Config): ResourceExplanation[] {
  return perRegion(config, orAny(config.recipients), 'identity', (name) =>
    name === '*'
      ? 'any verified recipient identity (sandbox, no recipients entered)'
      : 'a verified recipient identity (the account is in the SES sandbox)',
  ).map((r) => ({ ...r, confidence: 'medium', sources: SANDBOX_SOURCES }))
}

function snsTopics(config: Config): ResourceExplanation[] {
  if (config.snsTopics.length) {
    return config.snsTopics.map((arn) => ({ arn, why: 'a topic whose subscription is confirmed' }))
  }
  return orAny(config.regions).map((region) => ({
    arn: `arn:${config.partition}:sns:${region}:${config.account || '*'}:*`,
    why: 'any topic (no SNS topic entered)',
  }))
}

function s3Objects(config: Config): ResourceExplanation {
  if (!config.s3Bucket) {
    return { arn: `arn:${config.partition}:s3:::*`, why: 'any bucket (no bucket entered)' }
  }
  return {
    arn: `arn:${config.partition}:s3:::${config.s3Bucket}/${config.s3Prefix}*`,
    why: 'the objects SES receipt rules store incoming mail in',
  }
}
