import { z } from 'zod';
import { calendarDay } from '../../shared/period.ts';

export const reportKinds = ['national-report', 'tip-table'] as const;
export const reportFormats = ['pdf', 'xlsx', 'csv'] as const;

export const reportRequestSchema = z
  .strictObject({
    kind: z.enum(reportKinds).describe('The National Report (4 Ps) or the TIP-report figures table'),
    from: calendarDay.describe('First day of the period'),
    to: calendarDay.describe('Last day of the period'),
    format: z.enum(reportFormats).default('pdf'),
    language: z.enum(['en', 'ms', 'id', 'vi']).default('en'),
  })
  .meta({ id: 'ReportRequest' });
export type ReportRequest = z.infer<typeof reportRequestSchema>;

export const reportSchema = z
  .object({
    id: z.uuid(),
    kind: z.enum(reportKinds),
    format: z.enum(reportFormats),
    language: z.enum(['en', 'ms', 'id', 'vi']),
    from: z.string(),
    to: z.string(),
    scope: z
      .enum(['agency', 'national'])
      .describe("Your agency's records, or your country's (statistics:read)"),
    status: z.enum(['queued', 'running', 'done', 'failed']),
    progress: z.int().min(0).max(100).describe('Per cent done'),
    sizeBytes: z.int().nullable(),
    fileName: z.string().describe('The name the file downloads under'),
    error: z.string().nullable(),
    requestedAt: z.string(),
    finishedAt: z.string().nullable(),
  })
  .meta({ id: 'Report' });
export type ReportView = z.infer<typeof reportSchema>;

export const reportListSchema = z.object({ items: z.array(reportSchema) }).meta({ id: 'ReportList' });
