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
    'django-anymail 15.1: anymail/backends/amazon_ses.py (sesv2 send_email Raw, send_bulk_email)',
    'https://github.com/anymail/django-anymail/blob/v15.1/anymail/backends/amazon_ses.py#L93-L99',
  ),
  anymailSesV1Backend: source(
    'django-anymail 10.x: anymail/backends/amazon_sesv1.py (SES API v1 backend)',
    'https://github.com/anymail/django-anymail/blob/v10.3/anymail/backends/amazon_sesv1.py#L102-L108',
  ),
  anymailSesWebhooks: source(
    'django-anymail 15.1: anymail/webhooks/amazon_ses.py (confirm_subscription, download_fileobj)',
    'https://github.com/anymail/django-anymail/blob/v15.1/anymail/webhooks/amazon_ses.py#L165-L219',
  ),
  anymailSesDocs: source(
    'django-anymail 15.1 documentation: Amazon SES IAM permissions',
    'https://github.com/anymail/django-anymail/blob/v15.1/docs/esps/amazon_ses.rst#L696-L781',
  ),
  anymailIssue384: source(
    'anymail/django-anymail#384: AccessDenied for ses:SendRawEmail with the v2 backend',
    'https://github.com/anymail/django-anymail/issues/384',
  ),
  anymailFix384: source(
    'django-anymail commit f86c019 (fixes #384): keep ses:SendRawEmail and ses:SendBulkTemplatedEmail',
    'https://github.com/anymail/django-anymail/commit/f86c019e1d21b445749e08cc10ffe817141e6b41',
  ),
  anymailIssue274: source(
    "anymail/django-anymail#274: ses:SendRawEmail alone allowed v2 raw sends in the maintainer's tests",
    'https://github.com/anymail/django-anymail/issues/274',
  ),
  anymailS3Inbound: source(
    'django-anymail 15.1: anymail/webhooks/amazon_ses.py (S3 inbound download)',
    'https://github.com/anymail/django-anymail/blob/v15.1/anymail/webhooks/amazon_ses.py#L386-L446',
  ),
  sesDefaultConfigurationSet: source(
    'Amazon SES Developer Guide: default configuration sets apply to every send from the identity',
    'https://docs.aws.amazon.com/ses/latest/dg/managing-configuration-sets-default-overriding.html',
  ),
  medplumDefaultConfigurationSet: source(
    'medplum/medplum#10102: AccessDenied on configuration-set/<name> attached to the identity',
    'https://github.com/medplum/medplum/pull/10102',
  ),
  cloudposseSandbox: source(
    'cloudposse/terraform-aws-ses#40: AccessDenied on identity/<recipient> in the sandbox',
    'https://github.com/cloudposse/terraform-aws-ses/issues/40',
  ),
  symfonyRawDenied: source(
    'symfony/symfony#51461: v2 raw SendEmail denied as ses:SendRawEmail',
    'https://github.com/symfony/symfony/issues/51461',
  ),
} as const satisfies Record<string, Source>
