/**
 * The public shapes of the identity-policy evaluator: one request in, one decision out, with the
 * outcome of every statement so that a checker can say which statement decided and why.
 */

/** One authorization request as IAM sees it when it evaluates an identity policy. */
export interface EvalRequest {
  /** The IAM action, e.g. 'ses:SendRawEmail'. */
  readonly action: string
  /** The resource ARN, e.g. 'arn:aws:ses:us-east-1:111122223333:identity/example.com'. */
  readonly resource: string
  /**
   * Condition keys present in the request (names case-insensitive); an absent key is not in the
   * request. An array marks a multivalued key, such as ses:Recipients.
   */
  readonly context: Readonly<Record<string, string | readonly string[]>>
}

export type Decision = 'Allowed' | 'ImplicitlyDenied' | 'ExplicitlyDenied'

export type ConditionFailureReason = 'key-absent' | 'value-mismatch' | 'unsupported-operator'

/** One condition key whose test failed, located by JSON path. */
export interface ConditionFailure {
  /** JSON path of the failing key, e.g. 'Statement[1].Condition.StringLike.ses:FromAddress'. */
  readonly path: string
  /** The operator as written, e.g. 'ForAllValues:StringLike'. */
  readonly operator: string
  /** The condition key as written. */
  readonly key: string
  readonly reason: ConditionFailureReason
}

/** How one statement fared against the request. */
export interface StatementOutcome {
  /** Position in Statement (0 when Statement is a single object). */
  readonly index: number
  /** 'Statement[1]', or 'Statement' when Statement is a single object. */
  readonly path: string
  readonly sid: string | undefined
  readonly effect: 'Allow' | 'Deny'
  readonly actionMatches: boolean
  readonly resourceMatches: boolean
  readonly conditionsMatch: boolean
  readonly failures: readonly ConditionFailure[]
  /** actionMatches && resourceMatches && conditionsMatch */
  readonly applies: boolean
}

export interface EvalResult {
  readonly decision: Decision
  readonly statements: readonly StatementOutcome[]
}

/** Reads a condition key of the request; names are already lower-cased. */
export type ContextLookup = (lowerCaseKey: string) => string | readonly string[] | undefined
