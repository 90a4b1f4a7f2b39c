/** What derivePolicy hands the page and the CLI: the policy and why each part is there. */

export type Confidence = 'high' | 'medium' | 'low'

export interface Source {
  readonly title: string
  readonly url: string
}

/** Why one action is granted: the call that needs it, with its evidence. */
export interface Reason {
  /** The operation the app performs, e.g. "SendEmail (API v2) with raw content". */
  readonly operation: string
  /** One or two sentences on why that operation needs this action. */
  readonly why: string
  readonly confidence: Confidence
  readonly sources: readonly Source[]
}

export interface ActionExplanation {
  readonly action: string
  readonly reasons: readonly Reason[]
}

export interface ResourceExplanation {
  readonly arn: string
  /** e.g. "the identity that authorizes the From address". */
  readonly why: string
  /** Evidence that SES checks this resource, where that is not plain from the reference. */
  readonly confidence?: Confidence
  readonly sources?: readonly Source[]
}

export interface StatementExplanation {
  readonly sid: string
  /** One sentence on what the statement is for. */
  readonly purpose: string
  readonly actions: readonly ActionExplanation[]
  readonly resources: readonly ResourceExplanation[]
  /** Why the statement carries its conditions (or why it must not). */
  readonly conditionNotes: readonly string[]
}

/** `error`: the policy is not fit to use until the user fixes an input (see validateConfig). */
export type NoteLevel = 'info' | 'warning' | 'error'

/** Something the user should know about the derived policy (e.g. a missing input became `*`). */
export interface Note {
  readonly code: string
  readonly level: NoteLevel
  readonly message: string
}

export interface PolicyStatement {
  readonly Sid: string
  readonly Effect: 'Allow'
  readonly Action: readonly string[]
  readonly Resource: readonly string[]
  readonly Condition?: Readonly<Record<string, Readonly<Record<string, readonly string[]>>>>
}

export interface PolicyDocument {
  readonly Version: '2012-10-17'
  readonly Statement: readonly PolicyStatement[]
}

/** One AWS request the configured app makes, as IAM sees it: used by the checker. */
export interface AppRequest {
  readonly action: string
  readonly resource: string
  /** Condition keys present in the request, e.g. `{ 'ses:FromAddress': 'a@example.com' }`. */
  readonly context: Readonly<Record<string, string | readonly string[]>>
  /** The operation that makes it, as in Reason.operation. */
  readonly operation: string
}

export interface DerivedPolicy {
  readonly document: PolicyDocument
  /** The document as stable, pretty-printed JSON: byte-identical for the same configuration. */
  readonly json: string
  readonly statements: readonly StatementExplanation[]
  readonly notes: readonly Note[]
  readonly requests: readonly AppRequest[]
}
