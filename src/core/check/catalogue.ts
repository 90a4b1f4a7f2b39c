/**
 * Every finding the checker can produce, by stable code. Detectors emit only a code, a location,
 * the found value and a few named params; all prose lives here, so it is written once and can be
 * reviewed in one place. Codes are never renamed or reused; retire a code by leaving it in place.
 * To add a finding, add a row: the key is the code.
 */
import type { Severity } from './types'

export interface CatalogueEntry {
  readonly severity: Severity
  /** The rule in one sentence; `{name}` slots are filled from the detection's params. */
  readonly message: string
  /** Why the rule matters to someone whose mail must go out. */
  readonly why: string
  /** How to fix it by hand. */
  readonly fixHint: string
  /** Title of the mechanical fix, when detectors offer one. */
  readonly fixTitle?: string
}

const syntax = {
  JSON_SYNTAX: {
    severity: 'error',
    message: 'The policy must be valid JSON ({problem}).',
    why: 'IAM rejects a policy that is not strict JSON, and nothing after the error can be read.',
    fixHint: 'Correct the JSON at the marked position.',
  },
  JSON_TRAILING_COMMA: {
    severity: 'error',
    message: 'JSON allows no comma after the last element of an array or object.',
    why: 'IAM parses strict JSON and rejects the whole policy.',
    fixHint: 'Delete the comma.',
    fixTitle: 'Remove the trailing comma',
  },
  JSON_COMMENT: {
    severity: 'error',
    message: 'JSON allows no comments.',
    why: 'IAM parses strict JSON and rejects the whole policy.',
    fixHint: 'Delete the comment.',
    fixTitle: 'Remove the comment',
  },
  JSON_DUPLICATE_KEY: {
    severity: 'error',
    message: 'A key may appear only once in the same object.',
    why: 'Tools disagree on which duplicate wins, so the policy may not mean what it reads as.',
    fixHint: 'Merge the two entries into one.',
  },
  JSON_TOO_DEEP: {
    severity: 'error',
    message: 'Arrays and objects nest far deeper here than any IAM policy can.',
    why: 'An IAM policy nests a few levels deep; this text is not a policy and is not read further.',
    fixHint: 'Paste the policy document itself.',
  },
  INVALID_CHARACTER: {
    severity: 'error',
    message: 'A policy may contain only tab, line breaks and characters U+0020 to U+00FF.',
    why: 'IAM rejects other characters; curly quotes pasted from documents are the usual cause.',
    fixHint: 'Replace the character, e.g. a curly quote with a straight one.',
  },
} as const satisfies Record<string, CatalogueEntry>

const grammar = {
  POLICY_NOT_OBJECT: {
    severity: 'error',
    message: 'A policy must be a JSON object.',
    why: 'IAM reads Version and Statement from a top-level object only.',
    fixHint: 'Wrap the statements in {"Version": "2012-10-17", "Statement": [...]}.',
  },
  POLICY_KEY_UNKNOWN: {
    severity: 'error',
    message: 'A policy may contain only Version, Id and Statement.',
    why: 'IAM rejects a policy with other top-level elements.',
    fixHint: 'Remove the element or correct its spelling and case.',
    fixTitle: 'Rename to {expected}',
  },
  VERSION_MISSING: {
    severity: 'warning',
    message: 'A policy should state "Version": "2012-10-17".',
    why: 'Without it IAM reads the 2008 language, where ${aws:username} and such are plain text.',
    fixHint: 'Add "Version": "2012-10-17" as the first element.',
    fixTitle: 'Add "Version": "2012-10-17"',
  },
  VERSION_OLD: {
    severity: 'warning',
    message: 'Version should be "2012-10-17"; "2008-10-17" is the old policy language.',
    why: 'The old language treats policy variables as plain text.',
    fixHint: 'Set Version to "2012-10-17".',
    fixTitle: 'Set Version to "2012-10-17"',
  },
  VERSION_INVALID: {
    severity: 'error',
    message: 'Version must be "2012-10-17" or "2008-10-17".',
    why: 'IAM rejects any other version, and it is a date, not the day you wrote the policy.',
    fixHint: 'Set Version to "2012-10-17".',
    fixTitle: 'Set Version to "2012-10-17"',
  },
  STATEMENT_MISSING: {
    severity: 'error',
    message: 'A policy must have a Statement.',
    why: 'A policy without statements grants nothing and IAM rejects it.',
    fixHint: 'Add a Statement array.',
  },
  STATEMENT_INVALID: {
    severity: 'error',
    message: 'Statement must be an object or an array of objects.',
    why: 'IAM rejects other shapes.',
    fixHint: 'Put each statement in {...} inside a [...] array.',
  },
  STATEMENT_KEY_UNKNOWN: {
    severity: 'error',
    message:
      'A statement may contain only Sid, Effect, Action, NotAction, Resource, NotResource, ' +
      'Condition.',
    why: 'IAM rejects unknown elements; element names are case-sensitive.',
    fixHint: 'Remove the element or correct its spelling and case.',
    fixTitle: 'Rename to {expected}',
  },
  STRING_EXPECTED: {
    severity: 'error',
    message: '{element} must be a string.',
    why: 'IAM rejects other JSON types here.',
    fixHint: 'Write the value as a quoted string.',
  },
  STRING_LIST_EXPECTED: {
    severity: 'error',
    message: '{element} must be a string or an array of strings.',
    why: 'IAM rejects other JSON types here.',
    fixHint: 'Write the value as a quoted string or a list of quoted strings.',
  },
  OBJECT_EXPECTED: {
    severity: 'error',
    message: '{element} must be an object.',
    why: 'IAM rejects other JSON types here.',
    fixHint: 'Write the value as {"Operator": {"key": "value"}}.',
  },
  ARRAY_EMPTY: {
    severity: 'error',
    message: '{element} must not be an empty array.',
    why: 'An empty list matches nothing; IAM rejects it or the statement grants nothing.',
    fixHint: 'List at least one value, or remove the element.',
  },
  SID_INVALID: {
    severity: 'error',
    message: 'A Sid in an IAM policy may contain only letters A-Z, a-z and digits 0-9.',
    why: 'IAM rejects identity policies whose Sid has spaces, hyphens or other characters.',
    fixHint: 'Remove the other characters.',
    fixTitle: 'Use Sid "{expected}"',
  },
  SID_DUPLICATE: {
    severity: 'error',
    message: 'Each Sid must be unique within the policy.',
    why: 'IAM rejects a policy with two statements of the same Sid.',
    fixHint: 'Rename one of the statements.',
  },
  EFFECT_MISSING: {
    severity: 'error',
    message: 'Each statement must have an Effect.',
    why: 'IAM rejects a statement without Effect.',
    fixHint: 'Add "Effect": "Allow" or "Effect": "Deny".',
  },
  EFFECT_INVALID: {
    severity: 'error',
    message: 'Effect must be exactly "Allow" or "Deny".',
    why: 'The value is case-sensitive; IAM rejects any other spelling.',
    fixHint: 'Write "Allow" or "Deny" with a capital first letter.',
    fixTitle: 'Change to "{expected}"',
  },
  ACTION_MISSING: {
    severity: 'error',
    message: 'Each statement must have Action or NotAction.',
    why: 'IAM rejects a statement that names no actions.',
    fixHint: 'Add an Action list.',
  },
  ACTION_CONFLICT: {
    severity: 'error',
    message: 'A statement may have Action or NotAction, not both.',
    why: 'IAM rejects a statement with both.',
    fixHint: 'Keep one of them.',
  },
  RESOURCE_MISSING: {
    severity: 'error',
    message: 'Each statement of an identity policy must have Resource or NotResource.',
    why: 'IAM rejects an identity policy statement that names no resources.',
    fixHint: 'Add a Resource list with the ARNs the actions apply to.',
  },
  RESOURCE_CONFLICT: {
    severity: 'error',
    message: 'A statement may have Resource or NotResource, not both.',
    why: 'IAM rejects a statement with both.',
    fixHint: 'Keep one of them.',
  },
  PRINCIPAL_IN_IDENTITY_POLICY: {
    severity: 'error',
    message: 'An identity policy must not contain {element}.',
    why: 'An identity policy applies to the user, group or role it is attached to; IAM rejects it.',
    fixHint: 'Remove the element, or use the policy as a resource (sending authorization) policy.',
    fixTitle: 'Remove {element}',
  },
  ACTION_FORMAT: {
    severity: 'error',
    message: 'An action must be "*" or "service:ActionName", where the name may use * and ?.',
    why: 'IAM rejects an action in any other form.',
    fixHint: 'Write the action as service prefix, colon, action name, e.g. ses:SendRawEmail.',
  },
  CONDITION_OPERATOR_UNKNOWN: {
    severity: 'error',
    message: 'A condition operator must be one of the operators IAM defines.',
    why: 'IAM rejects an unknown operator; operator names are case-sensitive.',
    fixHint: 'Use an operator such as StringEquals, StringLike, ArnLike, Bool or Null.',
    fixTitle: 'Change to {expected}',
  },
  CONDITION_VALUE_INVALID: {
    severity: 'error',
    message: 'A condition value must be a string, number, boolean or an array of them.',
    why: 'IAM rejects objects and null as condition values.',
    fixHint: 'Write the value as a string or a list of strings.',
  },
  NULL_VALUE_INVALID: {
    severity: 'error',
    message: 'The Null operator takes only "true" or "false".',
    why: 'Null tests whether the key is absent ("true") or present ("false"); nothing else.',
    fixHint: 'Use "true" to require the key to be absent, "false" to require it to be present.',
  },
} as const satisfies Record<string, CatalogueEntry>

const reference = {
  SERVICE_UNKNOWN: {
    severity: 'error',
    message: 'The action prefix must be an AWS service prefix.',
    why: 'An action of an unknown service matches nothing, so the statement grants nothing for it.',
    fixHint: 'Use the service prefix AWS documents; SES uses ses: for API v1, API v2 and SMTP.',
    fixTitle: 'Change the prefix to {expected}:',
  },
  ACTION_UNKNOWN: {
    severity: 'error',
    message: 'The action must exist in the service.',
    why: 'An action name AWS does not define matches nothing, so the permission is never granted.',
    fixHint: 'Use the action name from the AWS service authorization reference.',
    fixTitle: 'Change to {expected}',
  },
  ACTION_WILDCARD_NO_MATCH: {
    severity: 'error',
    message: 'An action wildcard must match at least one action of the service.',
    why: 'A pattern that matches nothing grants nothing.',
    fixHint: 'Correct the pattern or list the actions by name.',
  },
  ARN_MALFORMED: {
    severity: 'error',
    message:
      'A resource must be "*" or an ARN of the form arn:partition:service:region:account:resource.',
    why: 'A resource that is not an ARN matches nothing, so the statement grants nothing on it.',
    fixHint: 'Write the full ARN, e.g. arn:aws:ses:us-east-1:111122223333:identity/example.com.',
  },
  ARN_PARTITION_INVALID: {
    severity: 'error',
    message: 'The ARN partition must be aws, aws-cn, aws-us-gov or another AWS partition.',
    why: 'An ARN in an unknown partition matches no resource.',
    fixHint: 'Use aws for the commercial regions.',
  },
  ARN_SERVICE_UNKNOWN: {
    severity: 'error',
    message: 'The ARN service must be an AWS service prefix.',
    why: 'An ARN of an unknown service matches no resource.',
    fixHint: 'Use the service prefix AWS documents, e.g. ses for SES.',
  },
  ARN_PLACEHOLDER: {
    severity: 'error',
    message: 'The {segment} of the ARN must be a real value, not a placeholder.',
    why: 'A placeholder copied from an example matches no real resource, so nothing is granted.',
    fixHint: 'Replace it with your region, your 12-digit account ID or your identity name.',
    fixTitle: 'Fill in {replacement}',
  },
  ARN_EXAMPLE_ACCOUNT: {
    severity: 'warning',
    message: 'This account ID is one AWS documentation uses in its examples.',
    why: 'A policy copied from an example grants nothing in your account until the ID is yours.',
    fixHint: 'Make sure it is your 12-digit account ID, or enter it in the configuration.',
    fixTitle: 'Fill in {replacement}',
  },
  ARN_REGION_INVALID: {
    severity: 'error',
    message: 'The ARN region must be an AWS region code such as us-east-1, or *.',
    why: 'An ARN with an unknown region matches no resource.',
    fixHint: 'Use the region where the SES identity is verified.',
  },
  ARN_ACCOUNT_INVALID: {
    severity: 'error',
    message: 'The ARN account must be a 12-digit account ID or *.',
    why: 'An ARN with another account value matches no resource.',
    fixHint: 'Use the 12-digit ID of the account that owns the resource.',
  },
  ARN_RESOURCE_TYPE_UNKNOWN: {
    severity: 'error',
    message: 'The ARN must match a resource type of the service.',
    why: 'An ARN that fits none of the service resource types matches nothing.',
    fixHint: 'Use a resource form from the service reference, e.g. identity/example.com for SES.',
  },
  RESOURCE_NOT_APPLICABLE: {
    severity: 'warning',
    message: 'Each resource should be of a type that an action in the statement applies to.',
    why: 'A resource no action in the statement can use grants nothing and hides what is missing.',
    fixHint: 'Remove the resource or add the action that needs it.',
  },
  ACTION_NO_MATCHING_RESOURCE: {
    severity: 'warning',
    message:
      'The statement grants this action on none of the resource types it applies to ({types}).',
    why: 'IAM checks an action against its own resource types only, so this never allows it.',
    fixHint:
      'Add the ARN of a resource type the action uses, or move the action to a fitting statement.',
  },
  CONDITION_KEY_UNKNOWN: {
    severity: 'error',
    message: 'A service condition key must be one the service defines.',
    why: 'A key AWS never sets is absent from every request, so the condition never matches.',
    fixHint: 'Use a condition key from the service authorization reference.',
    fixTitle: 'Change to {expected}',
  },
  CONDITION_NEVER_MATCHES: {
    severity: 'error',
    message: 'A condition key must be one that an action of the statement supplies.',
    why: 'The key is absent from every request this statement covers, so the Allow never applies.',
    fixHint: 'Condition actions that supply the key; allow the others in a statement without it.',
  },
  CONDITION_NEVER_MATCHES_SOME: {
    severity: 'warning',
    message: 'Some actions of the statement never supply this condition key ({actions}).',
    why: 'For those actions the key is absent, so this statement never allows them.',
    fixHint: 'Move those actions to their own statement without this condition.',
  },
  CONDITION_ALWAYS_TRUE: {
    severity: 'warning',
    message: 'A condition on a key that no action of the statement supplies does not restrict it.',
    why: 'With the key absent, negated, IfExists and ForAllValues operators are always true.',
    fixHint: 'Condition on a key the actions supply, or remove the condition.',
  },
  DENY_CONDITION_NEVER_MATCHES: {
    severity: 'warning',
    message: 'A Deny condition key must be one that an action of the statement supplies.',
    why: 'The key is absent from every request this statement covers, so the Deny never applies.',
    fixHint: 'Condition on a key the actions supply.',
  },
  CONDITION_MULTIVALUE_NO_QUALIFIER: {
    severity: 'warning',
    message: 'A multivalued condition key should be used with ForAllValues: or ForAnyValue:.',
    why: 'Without a set qualifier IAM compares a list with single values, with surprising results.',
    fixHint:
      'ForAllValues: needs every value to match, ForAnyValue: one; pair ForAllValues: with Null.',
  },
  CONDITION_SINGLEVALUE_QUALIFIER: {
    severity: 'warning',
    message: 'A single-valued condition key should not be used with ForAllValues: or ForAnyValue:.',
    why: 'ForAllValues: is true when the key is absent, so it may allow more than intended.',
    fixHint: 'Remove the ForAllValues: or ForAnyValue: prefix.',
  },
  CONDITION_OPERATOR_KEY_MISMATCH: {
    severity: 'warning',
    message: 'The condition operator should fit the key type ({type}).',
    why: 'An operator of another type compares values in ways that rarely mean what was intended.',
    fixHint: 'Use the operator family of the key type, e.g. Bool for boolean keys.',
  },
  CONDITION_VALUE_MISMATCH: {
    severity: 'error',
    message: 'A value compared with {operator} must be {expected}.',
    why: 'A value of the wrong type never matches, so the condition is never true.',
    fixHint: 'Write the value in the form the operator compares.',
  },
  SES_API_VERSION_INVALID: {
    severity: 'error',
    message: 'ses:ApiVersion must be compared with "1" or "2".',
    why: 'SES sets the key to "1" or "2" (API v2 and SMTP are "2"); a date never matches.',
    fixHint: 'Compare with "2" for API v2 and SMTP, "1" for API v1.',
    fixTitle: 'Change to "{expected}"',
  },
  GLOB_REGEX_SYNTAX: {
    severity: 'warning',
    message: 'Wildcard values use * and ? only, not regular expressions.',
    why: 'IAM matches . + [ ] ^ $ \\ literally, so the pattern matches almost nothing.',
    fixHint: 'Write .* as * and a single-character match as ?.',
    fixTitle: 'Replace with {expected}',
  },
} as const satisfies Record<string, CatalogueEntry>

const security = {
  ALLOW_ALL_ACTIONS: {
    severity: 'security',
    message: 'An Allow statement should not grant every action ("*").',
    why: 'Leaked credentials could then do anything in the account.',
    fixHint: 'List the actions the application calls, e.g. ses:SendRawEmail.',
    fixTitle: 'Narrow to the actions the configured app needs',
  },
  ALLOW_SERVICE_WILDCARD: {
    severity: 'security',
    message: 'An Allow statement should not grant every action of a service.',
    why: 'It includes administrative actions, e.g. deleting identities or changing sending limits.',
    fixHint: 'List the actions the application calls.',
    fixTitle: 'Narrow to the actions the configured app needs',
  },
  ALLOW_RESOURCE_STAR: {
    severity: 'security',
    message: 'Actions that can be scoped to resources should not be allowed on "*".',
    why: 'With "*" the credentials can send as any identity of the account.',
    fixHint: 'List the identity, configuration set and template ARNs the application uses.',
    fixTitle: 'Narrow to the resources the configured app needs',
  },
  ALLOW_NOT_ACTION: {
    severity: 'security',
    message: 'An Allow statement should not use NotAction.',
    why: 'It grants every action not listed, including ones AWS adds later.',
    fixHint: 'Use Action with the actions to grant.',
  },
  ALLOW_NOT_RESOURCE: {
    severity: 'security',
    message: 'An Allow statement should not use NotResource.',
    why: 'It grants on every resource not listed, including ones created later.',
    fixHint: 'Use Resource with the ARNs to grant on.',
  },
  ALLOW_OTHER_SERVICE: {
    severity: 'security',
    message: 'Actions of services other than SES, SNS, S3 and KMS are not checked.',
    why: 'This checker knows only the services a sending application needs; review these yourself.',
    fixHint: 'Move permissions for other services to a policy reviewed separately.',
  },
} as const satisfies Record<string, CatalogueEntry>

/** Findings that compare the policy with the builder's configuration (see src/core/review). */
const coverage = {
  MISSING_PERMISSION: {
    severity: 'error',
    message: 'The configured app needs {action} on {resource}, and this policy does not allow it.',
    why: 'The call that needs it fails with AccessDeniedException until it is allowed.',
    fixHint: 'Add a statement allowing the action on the resource, or use the generated policy.',
    fixTitle: 'Add the missing permissions',
  },
  MISSING_PERMISSION_DENIED: {
    severity: 'error',
    message: 'The configured app needs {action} on {resource}, and a Deny statement blocks it.',
    why: 'An explicit Deny overrides every Allow, so adding permissions cannot help.',
    fixHint: 'Narrow or remove the Deny statement so that it no longer matches this request.',
  },
  CONDITION_UNVERIFIED: {
    severity: 'suggestion',
    message: 'This condition limits {action} by an address the configuration does not state.',
    why: "The check used a sample address, so it cannot tell whether the app's real one passes.",
    fixHint: "Enter the app's From restrictions (or sandbox recipients) in the configuration.",
  },
  UNNEEDED_ACTION: {
    severity: 'warning',
    message: 'The configured app never calls {action}, so the policy need not allow it.',
    why: 'Every permission beyond need is one more thing leaked credentials can do.',
    fixHint: 'Remove the action, or tick the feature that needs it if the app does use it.',
    fixTitle: 'Remove {action}',
  },
  UNNEEDED_WILDCARD: {
    severity: 'warning',
    message: '{action} also grants actions the configured app never calls.',
    why: 'A wildcard such as ses:Send* includes ses:SendBounce and ses:SendCustomVerificationEmail.',
    fixHint: 'List the actions the app calls instead of the wildcard.',
    fixTitle: 'Narrow to the actions the configured app needs',
  },
  UNNEEDED_RESOURCE: {
    severity: 'warning',
    message: 'No request of the configured app is on this resource.',
    why: 'Every resource beyond need is one more thing leaked credentials can use.',
    fixHint: 'Remove the resource, or add the identity, template or set it names to the inputs.',
    fixTitle: 'Remove this resource',
  },
} as const satisfies Record<string, CatalogueEntry>

const size = {
  POLICY_SIZE_OVER_ALL: {
    severity: 'error',
    message: 'A policy must stay within {limit} non-whitespace characters, the largest IAM quota.',
    why: 'IAM rejects it as a role inline policy, managed policy, user or group inline policy.',
    fixHint: 'Merge statements with the same Effect, Resource and Condition, or split the policy.',
  },
  POLICY_SIZE_OVER_MANAGED: {
    severity: 'warning',
    message: 'A managed policy must stay within {limit} non-whitespace characters.',
    why: 'IAM accepts it only as a role inline policy.',
    fixHint: 'Merge statements with the same Effect, Resource and Condition, or split the policy.',
  },
  POLICY_SIZE_OVER_GROUP_INLINE: {
    severity: 'warning',
    message:
      'Inline policies of a group must stay within {limit} non-whitespace characters in total.',
    why: 'IAM rejects it as a group inline policy; it fits as a managed or role inline policy.',
    fixHint: 'Attach it as a managed policy, or shorten it.',
  },
  POLICY_SIZE_OVER_USER_INLINE: {
    severity: 'warning',
    message:
      'Inline policies of a user must stay within {limit} non-whitespace characters in total.',
    why: 'IAM rejects it inline on a user, the kind SMTP credentials need; other kinds fit.',
    fixHint: 'Attach it as a managed policy, or shorten it.',
  },
} as const satisfies Record<string, CatalogueEntry>

/** The one table of findings, by code. */
export const CATALOGUE = {
  ...syntax,
  ...grammar,
  ...reference,
  ...security,
  ...coverage,
  ...size,
} as const satisfies Record<string, CatalogueEntry>

export type FindingCode = keyof typeof CATALOGUE

/** The catalogue entry of a code, or undefined for a code this build does not know. */
export function catalogueEntry(code: string): CatalogueEntry | undefined {
  return (CATALOGUE as Record<string, CatalogueEntry>)[code]
}

/** Fills `{name}` slots from params; a missing param leaves its slot visible rather than blank. */
export function fillTemplate(template: string, params: Readonly<Record<string, string>> = {}) {
  return template.replace(/\{(\w+)\}/g, (slot, name: string) => params[name] ?? slot)
}
