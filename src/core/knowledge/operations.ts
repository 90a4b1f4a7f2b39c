/**
 * The knowledge catalogue: for each operation an app performs, the IAM actions AWS checks, on
 * which resources, and whether the From/recipient condition keys are present in the request.
 * Each grant names its sources and a confidence, so the page can show why it is there.
 */
import type { Confidence, Source } from '../derive/types'
import { SOURCES as S } from './sources'

/** The kinds of resource a grant is checked on; the builder turns each into ARNs. */
export type ResourceKind =
  'identity' | 'configuration-set' | 'template' | 'sns-topic' | 's3-inbound-object'

export interface Grant {
  readonly action: string
  /** Resources SES (or SNS, S3) checks for this action, in the order a reader expects them. */
  readonly resources: readonly ResourceKind[]
  /**
   * True when the request carries ses:FromAddress and ses:Recipients, so a From restriction can
   * be attached. False for ses:SendBulkEmail, where such a condition would never match.
   */
  readonly addressKeys: boolean
  /** Value of ses:ApiVersion in the request, where the action carries that key. */
  readonly apiVersion?: '1' | '2'
  /** True for sends: in the sandbox SES also checks each recipient's identity for these. */
  readonly sendsMail: boolean
  readonly why: string
  readonly confidence: Confidence
  readonly sources: readonly Source[]
}

export interface Operation {
  /** What the app calls, as a person would name it. */
  readonly label: string
  readonly grants: readonly Grant[]
}

const SEND_RESOURCES: readonly ResourceKind[] = ['identity', 'configuration-set']
const TEMPLATED_RESOURCES: readonly ResourceKind[] = ['identity', 'template', 'configuration-set']

export const OPERATIONS = {
  'v2-send-raw': {
    label: 'SendEmail (SES API v2) with raw MIME content',
    grants: [
      {
        action: 'ses:SendRawEmail',
        resources: SEND_RESOURCES,
        addressKeys: true,
        apiVersion: '2',
        sendsMail: true,
        why:
          'SES authorizes an API v2 SendEmail call whose content is raw MIME as ses:SendRawEmail, ' +
          'not ses:SendEmail: policies granting only ses:SendEmail fail with AccessDenied.',
        confidence: 'high',
        sources: [S.anymailSesBackend, S.anymailIssue384, S.anymailIssue274, S.symfonyRawDenied],
      },
    ],
  },
  'v2-send-email-compat': {
    label: 'SendEmail (SES API v2), kept for safety',
    grants: [
      {
        action: 'ses:SendEmail',
        resources: SEND_RESOURCES,
        addressKeys: true,
        apiVersion: '2',
        sendsMail: true,
        why:
          "No report shows raw v2 sends being checked as ses:SendEmail; Anymail's documentation " +
          'still suggests keeping it in case AWS changes how raw sends are authorized.',
        confidence: 'low',
        sources: [S.anymailSesDocs],
      },
    ],
  },
  'v2-send-bulk-template': {
    label: 'SendBulkEmail (SES API v2) with a stored template',
    grants: [
      {
        action: 'ses:SendBulkEmail',
        resources: TEMPLATED_RESOURCES,
        addressKeys: false,
        apiVersion: '2',
        sendsMail: true,
        why:
          'The API v2 SendBulkEmail call is checked as ses:SendBulkEmail on the sending identity ' +
          'and the template. Its request carries no address keys, so it must not sit under a ' +
          'From or recipient condition.',
        confidence: 'high',
        sources: [S.sesServiceReference, S.anymailSesDocs],
      },
      {
        action: 'ses:SendBulkTemplatedEmail',
        resources: TEMPLATED_RESOURCES,
        addressKeys: true,
        apiVersion: '2',
        sendsMail: true,
        why:
          "Anymail's maintainer found SES also checks ses:SendBulkTemplatedEmail for an API v2 " +
          'SendBulkEmail call and restored it in 11.0.1; no public error message shows it yet.',
        confidence: 'medium',
        sources: [S.anymailFix384, S.anymailSesDocs],
      },
    ],
  },
  'v1-send-raw': {
    label: 'SendRawEmail (SES API v1)',
    grants: [
      {
        action: 'ses:SendRawEmail',
        resources: SEND_RESOURCES,
        addressKeys: true,
        apiVersion: '1',
        sendsMail: true,
        why: 'The API v1 SendRawEmail call is authorized as ses:SendRawEmail on the identity.',
        confidence: 'high',
        sources: [S.anymailSesV1Backend, S.sesServiceReference],
      },
    ],
  },
  'v1-send-bulk-templated': {
    label: 'SendBulkTemplatedEmail (SES API v1)',
    grants: [
      {
        action: 'ses:SendBulkTemplatedEmail',
        resources: TEMPLATED_RESOURCES,
        addressKeys: true,
        apiVersion: '1',
        sendsMail: true,
        why:
          'The API v1 SendBulkTemplatedEmail call is authorized as ses:SendBulkTemplatedEmail on ' +
          'the identity and the template.',
        confidence: 'high',
        sources: [S.anymailSesV1Backend, S.sesServiceReference],
      },
    ],
  },
  'smtp-send': {
    label: 'Sending through the SES SMTP interface',
    grants: [
      {
        action: 'ses:SendRawEmail',
        resources: SEND_RESOURCES,
        addressKeys: true,
        apiVersion: '2',
        sendsMail: true,
        why:
          'Every message sent through the SES SMTP interface is authorized as ses:SendRawEmail ' +
          'for the IAM user whose SMTP credentials are used.',
        confidence: 'high',
        sources: [S.sesSmtpCredentials, S.sesControlAccess],
      },
    ],
  },
  'sns-confirm-subscription': {
    label: "ConfirmSubscription (SNS) for the webhook's topic",
    grants: [
      {
        action: 'sns:ConfirmSubscription',
        resources: ['sns-topic'],
        addressKeys: false,
        sendsMail: false,
        why:
          'With a webhook secret set and auto-confirmation on (the default), Anymail confirms ' +
          'the SNS subscription itself by calling ConfirmSubscription on the topic.',
        confidence: 'high',
        sources: [S.anymailSesWebhooks, S.snsServiceReference],
      },
    ],
  },
  's3-get-inbound': {
    label: 'GetObject (S3) for a received message',
    grants: [
      {
        action: 's3:GetObject',
        resources: ['s3-inbound-object'],
        addressKeys: false,
        sendsMail: false,
        why:
          "When an SES receipt rule stores incoming mail in S3, Anymail's inbound webhook " +
          'downloads the raw message from the bucket and key named in the notification.',
        confidence: 'high',
        sources: [S.anymailS3Inbound, S.s3ServiceReference],
      },
    ],
  },
} as const satisfies Record<string, Operation>

export type OperationId = keyof typeof OPERATIONS
