/**
 * The builder's inputs: everything a user states about how the app sends mail. This is the whole
 * share-link state; the policy, its explanations and any findings are derived from it.
 */

export const SENDER_IDS = ['anymail', 'anymail-v1', 'smtp'] as const
export type SenderId = (typeof SENDER_IDS)[number]

export const FEATURE_IDS = ['send', 'templates', 'sns-confirm', 's3-inbound'] as const
export type FeatureId = (typeof FEATURE_IDS)[number]

export const PARTITIONS = ['aws', 'aws-cn', 'aws-us-gov'] as const
export type Partition = (typeof PARTITIONS)[number]

export interface Config {
  readonly sender: SenderId
  /** What the app does with the sender; each feature maps to catalogue operations. */
  readonly features: readonly FeatureId[]
  readonly partition: Partition
  /** SES regions the app sends from; empty means any region (`*`). */
  readonly regions: readonly string[]
  /** 12-digit AWS account ID; empty means any account (`*`). */
  readonly account: string
  /** Verified SES identities the app sends from: domains or addresses. Empty means any (`*`). */
  readonly identities: readonly string[]
  /** Restricts the From address (IAM StringLike globs, e.g. `*@example.com`). Empty: no restriction. */
  readonly fromAddresses: readonly string[]
  /** Configuration sets named by the app or set as an identity's default. */
  readonly configurationSets: readonly string[]
  /** SES templates the app sends with; empty with the templates feature means any template. */
  readonly templates: readonly string[]
  /** SNS topic ARNs whose subscriptions the app's webhook confirms. */
  readonly snsTopics: readonly string[]
  /** S3 bucket that SES inbound rules write raw messages to. */
  readonly s3Bucket: string
  /** Key prefix inside that bucket; empty means the whole bucket. */
  readonly s3Prefix: string
  /** While the account is in the SES sandbox, SES also checks each recipient's identity. */
  readonly sandbox: boolean
  /** Verified recipient identities (sandbox only); empty with sandbox means any identity. */
  readonly recipients: readonly string[]
  /** Also grant ses:SendEmail beside ses:SendRawEmail (a belt-and-braces choice; off by default). */
  readonly allowSendEmail: boolean
}

export const DEFAULT_CONFIG: Config = {
  sender: 'anymail',
  features: ['send'],
  partition: 'aws',
  regions: [],
  account: '',
  identities: [],
  fromAddresses: [],
  configurationSets: [],
  templates: [],
  snsTopics: [],
  s3Bucket: '',
  s3Prefix: '',
  sandbox: false,
  recipients: [],
  allowSendEmail: false,
}

/** The Config fields that hold lists of names (not features, which have their own ids). */
export const LIST_FIELDS = [
  'regions',
  'identities',
  'fromAddresses',
  'configurationSets',
  'templates',
  'snsTopics',
  'recipients',
] as const satisfies readonly (keyof Config)[]

/** The Config fields that hold one free-text value. */
export const TEXT_FIELDS = [
  'account',
  's3Bucket',
  's3Prefix',
] as const satisfies readonly (keyof Config)[]

/** A field of Config that an input problem can point at. */
export type ConfigField = keyof Config

/** A problem with one input, shown beside that input and printed by the CLI. */
export interface InputIssue {
  readonly field: ConfigField
  /** Index within a list field, when the problem is one entry. */
  readonly index?: number
  readonly value: string
  /** One sentence a person understands, e.g. "An account ID is 12 digits." */
  readonly message: string
}
