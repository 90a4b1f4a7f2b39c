/**
 * The senders we model and what each feature makes them call. A feature lists catalogue
 * operations; the builder derives the policy from those operations alone.
 */
import type { FeatureId, SenderId } from '../config/types'
import type { OperationId } from './operations'

export interface FeatureInfo {
  readonly id: FeatureId
  readonly label: string
  /** Tooltip text: what the app does when this is ticked. */
  readonly description: string
  readonly operations: readonly OperationId[]
}

export interface SenderInfo {
  readonly id: SenderId
  readonly label: string
  readonly description: string
  readonly features: readonly FeatureInfo[]
  /** Operation added by the "also allow ses:SendEmail" switch, where that switch means anything. */
  readonly sendEmailCompat?: OperationId
  /** Facts about this sender that are not permissions, shown with the policy. */
  readonly notes: readonly string[]
}

const SNS_CONFIRM: FeatureInfo = {
  id: 'sns-confirm',
  label: 'Auto-confirm SNS webhook subscriptions',
  description:
    'The tracking or inbound webhook has a secret set and confirms its SNS subscription itself ' +
    '(AMAZON_SES_AUTO_CONFIRM_SNS_SUBSCRIPTIONS, on by default). Needs sns:ConfirmSubscription.',
  operations: ['sns-confirm-subscription'],
}

const S3_INBOUND: FeatureInfo = {
  id: 's3-inbound',
  label: 'Receive mail stored in S3',
  description:
    'An SES receipt rule writes incoming mail to S3 and notifies the inbound webhook, which ' +
    'downloads the message. Needs s3:GetObject on the bucket and prefix.',
  operations: ['s3-get-inbound'],
}

export const SENDERS: readonly SenderInfo[] = [
  {
    id: 'anymail',
    label: 'django-anymail 10+ (amazon_ses, SES API v2)',
    description:
      'Django with django-anymail 10.0 or later and EMAIL_BACKEND ' +
      '"anymail.backends.amazon_ses.EmailBackend" (boto3 sesv2 client).',
    features: [
      {
        id: 'send',
        label: 'Send messages',
        description:
          'Every message without a template_id: Anymail builds the MIME itself and calls ' +
          'SendEmail with raw content, which SES authorizes as ses:SendRawEmail.',
        operations: ['v2-send-raw'],
      },
      {
        id: 'templates',
        label: 'Send with SES templates',
        description:
          'Messages with a template_id (and merge_data): Anymail calls SendBulkEmail, which SES ' +
          'authorizes as ses:SendBulkEmail and ses:SendBulkTemplatedEmail on the template.',
        operations: ['v2-send-bulk-template'],
      },
      SNS_CONFIRM,
      S3_INBOUND,
    ],
    sendEmailCompat: 'v2-send-email-compat',
    notes: [],
  },
  {
    id: 'anymail-v1',
    label: 'django-anymail 9.x and earlier, or 10.x amazon_sesv1 (SES API v1)',
    description:
      'Django with Anymail 9.x or earlier ("anymail.backends.amazon_ses"), or Anymail 10.x ' +
      '"anymail.backends.amazon_sesv1" (boto3 ses client).',
    features: [
      {
        id: 'send',
        label: 'Send messages',
        description: 'Every message without a template_id goes through SendRawEmail.',
        operations: ['v1-send-raw'],
      },
      {
        id: 'templates',
        label: 'Send with SES templates',
        description:
          'Messages with a template_id go through SendBulkTemplatedEmail, checked on the template.',
        operations: ['v1-send-bulk-templated'],
      },
      SNS_CONFIRM,
      S3_INBOUND,
    ],
    notes: [],
  },
  {
    id: 'smtp',
    label: 'SES SMTP interface (any SMTP client)',
    description:
      'Any framework or mail server sending through email-smtp.<region>.amazonaws.com with SES ' +
      'SMTP credentials.',
    features: [
      {
        id: 'send',
        label: 'Send messages',
        description: 'Every SMTP message is authorized as ses:SendRawEmail.',
        operations: ['smtp-send'],
      },
    ],
    notes: [
      "SES SMTP credentials are derived from an IAM user's access key: attach this policy to an " +
        'IAM user, not a role.',
    ],
  },
]

/** The sender's catalogue entry; unknown ids never reach here because configs are validated. */
export function getSender(id: SenderId): SenderInfo {
  const sender = SENDERS.find((s) => s.id === id)
  if (!sender) throw new Error(`unknown sender ${id}`)
  return sender
}
