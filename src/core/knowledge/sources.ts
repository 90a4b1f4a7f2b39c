/**
 * Where each fact in the knowledge catalogue comes from. Every action the builder grants cites at
 * least one of these, so an explanation shown to a user can be traced and checked.
 */
import type { Source } from '../derive/types'

const source = (title: string, url: string): Source => ({ title, url })

export const SOURCES = {
  sesServiceReference: source(
    'AWS Service Authorization Reference: Amazon SES (actions, resources, condition keys)',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsimpleemailservicev2.html',
  ),
  snsServiceReference: source(
    'AWS Service Authorization Reference: Amazon SNS',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazonsns.html',
  ),
  s3ServiceReference: source(
    'AWS Service Authorization Reference: Amazon S3',
    'https://docs.aws.amazon.com/service-authorization/latest/reference/list_amazons3.html',
  ),
  sesControlAccess: source(
    'Amazon SES Developer Guide: Controlling access to Amazon SES (IAM)',
    'https://docs.aws.amazon.com/ses/latest/dg/control-user-access.html',
  ),
  sesSmtpCredentials: source(
    'Amazon SES Developer Guide: Obtaining Amazon SES SMTP credentials',
    'https://docs.aws.amazon.com/ses/latest/dg/smtp-credentials.html',
  ),
  sesSandbox: source(
    'Amazon SES Developer Guide: Request production access (moving out of the sandbox)',
    'https://docs.aws.amazon.com/ses/latest/dg/request-production-access.html',
  ),
  sandboxRecipientDenied: source(
    'aws/aws-sdk-js#3641: AccessDenied naming identity/<recipient> while in the sandbox',
    'https://github.com/aws/aws-sdk-js/issues/3641',
  ),
  defaultConfigurationSetDenied: source(
    "aws/aws-cdk#34402: sends denied on the identity's default configuration set",
    'https://github.com/aws/aws-cdk/issues/34402',
  ),
  anymailSesBackend: source(
    'django-anymail: anymail/backends/amazon_ses.py (SES API v2 backend)',
    'https://github.com/anymail/django-anymail/blob/main/anymail/backends/amazon_ses.py',
  ),
  anymailSesV1Backend: source(
    'django-anymail 10.x: anymail/backends/amazon_sesv1.py (SES API v1 backend)',
    'https://github.com/anymail/django-anymail/blob/v10.3/anymail/backends/amazon_sesv1.py',
  ),
  anymailSesWebhooks: source(
    'django-anymail: anymail/webhooks/amazon_ses.py (SNS confirmation, S3 inbound)',
    'https://github.com/anymail/django-anymail/blob/main/anymail/webhooks/amazon_ses.py',
  ),
  anymailSesDocs: source(
    'django-anymail documentation: Amazon SES, IAM permissions',
    'https://anymail.dev/en/stable/esps/amazon_ses/#iam-permissions',
  ),
  anymailIssue384: source(
    'anymail/django-anymail#384: AccessDenied for ses:SendRawEmail with the v2 backend',
    'https://github.com/anymail/django-anymail/issues/384',
  ),
} as const satisfies Record<string, Source>
