import { LogFormatter, LogItem } from '@aws-lambda-powertools/logger';
import type { LogAttributes } from '@aws-lambda-powertools/logger/types';

/**
 * The invocation a process is serving, for its log entries. Powertools' appendKeys reads the
 * environment and deep-merges a key store on every call (~4% of the smallest request, npm run bench),
 * for entries that most requests never write; one assignment per request and a formatter that adds
 * the id when an entry is written cost nothing. Where Lambda runs several invocations in one process
 * (AWS_LAMBDA_MAX_CONCURRENCY, read once), only Powertools' per-invocation store keeps them apart.
 */
export const requestScope: { requestId: string | undefined } = { requestId: undefined };
export const concurrentInvocations = Boolean(process.env.AWS_LAMBDA_MAX_CONCURRENCY);

type UnformattedAttributes = Parameters<LogFormatter['formatAttributes']>[0];

/** Powertools' default entry (its PowertoolsLogFormatter is not exported), with the request id. */
export class RequestScopedFormatter extends LogFormatter {
  formatAttributes(attributes: UnformattedAttributes, additional: LogAttributes): LogItem {
    const lambda = attributes.lambdaContext;
    return new LogItem({
      attributes: {
        level: attributes.logLevel,
        message: attributes.message,
        timestamp: this.formatTimestamp(attributes.timestamp),
        service: attributes.serviceName,
        cold_start: lambda?.coldStart,
        function_arn: lambda?.invokedFunctionArn,
        function_memory_size: lambda?.memoryLimitInMB,
        function_name: lambda?.functionName,
        function_request_id: lambda?.awsRequestId,
        sampling_rate: attributes.sampleRateValue,
        xray_trace_id: attributes.xRayTraceId,
        requestId: requestScope.requestId,
      },
    }).addAttributes(additional);
  }
}
