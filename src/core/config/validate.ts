/**
 * Input validation: each problem becomes one sentence a person understands, attached to the
 * field (and list entry) it is about. Problems never stop derivation; they are shown beside it.
 */
import { getSender } from '../knowledge/senders'
import { partitionOfRegion } from './regions'
import type { Config, ConfigField, InputIssue } from './types'

const DOMAIN =
  /^(?=.{1,253}$)(?!-)[a-z0-9-]{1,63}(?<!-)(\.(?!-)[a-z0-9-]{1,63}(?<!-))*\.[a-z]{2,63}$/i
const LOCAL_PART = /^[A-Za-z0-9.!#$%&'*+/=?^_`{|}~-]{1,64}$/
const SES_NAME = /^[A-Za-z0-9_-]{1,64}$/
const ACCOUNT = /^\d{12}$/
const BUCKET = /^(?!\d+\.\d+\.\d+\.\d+$)[a-z0-9][a-z0-9.-]{1,61}[a-z0-9]$/
const SNS_TOPIC_ARN =
  /^arn:(aws|aws-cn|aws-us-gov):sns:([a-z0-9-]+):(\d{12}):([A-Za-z0-9_-]{1,256})$/

/** True for `example.com` or `me@example.com`: the two kinds of SES identity. */
export function isIdentity(value: string): boolean {
  const at = value.lastIndexOf('@')
  if (at < 0) return DOMAIN.test(value)
  return LOCAL_PART.test(value.slice(0, at)) && DOMAIN.test(value.slice(at + 1))
}

/** True for a From restriction: an address that may contain the IAM globs `*` and `?`. */
export function isFromPattern(value: string): boolean {
  if (value === '*') return true
  const at = value.lastIndexOf('@')
  if (at < 1 || at === value.length - 1) return false
  return !/\s/.test(value) && !/[\\^$()[\]{}|]/.test(value)
}

type Check = (value: string, config: Config) => string | undefined

const LIST_CHECKS: Partial<Record<ConfigField, Check>> = {
  regions: (v, c) => {
    if (v === '*') return undefined
    const partition = partitionOfRegion(v)
    if (!partition) return `"${v}" is not an AWS region we know; check its spelling.`
    if (partition !== c.partition) return `Region ${v} belongs to partition ${partition}.`
    return undefined
  },
  identities: (v) =>
    isIdentity(v) ? undefined : 'An identity is a domain (example.com) or an address.',
  recipients: (v) =>
    isIdentity(v) ? undefined : 'A recipient identity is a domain or an email address.',
  fromAddresses: (v) =>
    isFromPattern(v)
      ? v.includes('.*')
        ? 'IAM patterns are globs, not regular expressions: write * instead of .*.'
        : undefined
      : 'A From restriction is an address, optionally with * or ? wildcards (*@example.com).',
  configurationSets: (v) =>
    SES_NAME.test(v)
      ? undefined
      : 'A configuration set name has up to 64 letters, digits, underscores or hyphens.',
  templates: (v) =>
    SES_NAME.test(v)
      ? undefined
      : 'A template name has up to 64 letters, digits, underscores or hyphens.',
  snsTopics: (v, c) => {
    const m = SNS_TOPIC_ARN.exec(v)
    if (!m) return 'An SNS topic ARN looks like arn:aws:sns:us-east-1:111122223333:ses-events.'
    if (m[1] !== c.partition) return `This topic is in partition ${m[1] ?? ''}, not ${c.partition}.`
    return undefined
  },
}

const SCALAR_CHECKS: Partial<Record<ConfigField, Check>> = {
  account: (v) => (v === '' || ACCOUNT.test(v) ? undefined : 'An AWS account ID is 12 digits.'),
  s3Bucket: (v) =>
    v === '' || BUCKET.test(v)
      ? undefined
      : 'A bucket name has 3-63 lowercase letters, digits, dots or hyphens.',
  s3Prefix: (v) => (v.startsWith('/') ? 'An S3 key prefix does not start with "/".' : undefined),
}

/** Every problem with the configuration's inputs, in field order. */
export function validateConfig(config: Config): InputIssue[] {
  const issues: InputIssue[] = []

  for (const [field, check] of Object.entries(LIST_CHECKS) as [ConfigField, Check][]) {
    const values = config[field] as readonly string[]
    values.forEach((value, index) => {
      const message = check(value, config)
      if (message) issues.push({ field, index, value, message })
    })
  }

  for (const [field, check] of Object.entries(SCALAR_CHECKS) as [ConfigField, Check][]) {
    const value = config[field] as string
    const message = check(value, config)
    if (message) issues.push({ field, value, message })
  }

  const offered = new Set(getSender(config.sender).features.map((f) => f.id))
  config.features.forEach((feature, index) => {
    if (!offered.has(feature)) {
      issues.push({
        field: 'features',
        index,
        value: feature,
        message: `This sender has no "${feature}" feature.`,
      })
    }
  })

  return issues
}
