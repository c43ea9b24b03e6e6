import type { Construct } from 'constructs';
import { formatArn } from '../../core/arn';
import { PolicyStatement } from '../../iam/policy-statement';
import { integrationResourceArn, validatePatternSupported } from '../../render/integration';
import type { TaskStateBaseProps, TaskStateJsonataBaseProps, TaskStateJsonPathBaseProps } from '../../sfn/states/task-base';
import { TaskStateBase } from '../../sfn/states/task-base';
import { IntegrationPattern, QueryLanguage } from '../../sfn/types';
import { isStateValue } from '../private/state-value';
import { validateUserFields } from '../private/task-utils';
import { validateSingleLineName } from './private/names';

/** What a GlueStartCrawlerRun task does, in either query language. */
export interface GlueStartCrawlerRunOptions {
  /** Name of the crawler, 1 to 255 characters (`Name`): the `name` of a `GlueCrawler`, or a name. */
  readonly crawlerName: string;
}

/** Props of a GlueStartCrawlerRun task written in JSONPath. */
export interface GlueStartCrawlerRunJsonPathProps extends TaskStateJsonPathBaseProps, GlueStartCrawlerRunOptions {}

/** Props of a GlueStartCrawlerRun task written in JSONata. */
export interface GlueStartCrawlerRunJsonataProps extends TaskStateJsonataBaseProps, GlueStartCrawlerRunOptions {}

/** Props of a GlueStartCrawlerRun task. */
export interface GlueStartCrawlerRunProps extends TaskStateBaseProps, GlueStartCrawlerRunOptions {}

/**
 * Starts a Glue crawler through the AWS SDK integration (`aws-sdk:glue:startCrawler`). The call returns
 * at once: that integration has no `.sync`, so REQUEST_RESPONSE is the only pattern (poll the crawler
 * with `CallAwsService` `glue:getCrawler` to wait for it).
 * @see https://docs.aws.amazon.com/glue/latest/dg/aws-glue-api-crawler-crawling.html#aws-glue-api-crawler-crawling-StartCrawler
 * @example
 * import type { GlueCrawler } from '@cdktf/provider-aws/lib/glue-crawler';
 * import type { Construct } from 'constructs';
 * import { tasks } from 'cdktf-stepfunctions';
 *
 * declare const stack: Construct;
 * declare const crawler: GlueCrawler;
 *
 * new tasks.GlueStartCrawlerRun(stack, 'Crawl landing zone', { crawlerName: crawler.name });
 */
export class GlueStartCrawlerRun extends TaskStateBase {
  /** A GlueStartCrawlerRun task written in JSONPath. */
  public static jsonPath(scope: Construct, id: string, props: GlueStartCrawlerRunJsonPathProps): GlueStartCrawlerRun {
    return new GlueStartCrawlerRun(scope, id, props);
  }

  /** A GlueStartCrawlerRun task written in JSONata. */
  public static jsonata(scope: Construct, id: string, props: GlueStartCrawlerRunJsonataProps): GlueStartCrawlerRun {
    return new GlueStartCrawlerRun(scope, id, { ...props, queryLanguage: QueryLanguage.JSONATA });
  }

  // an AWS SDK integration: `.sync` and `.waitForTaskToken` do not exist for it (catalog C.14)
  private static readonly SUPPORTED_INTEGRATION_PATTERNS: IntegrationPattern[] = [IntegrationPattern.REQUEST_RESPONSE];

  protected readonly taskPolicies?: PolicyStatement[];
  private readonly props: GlueStartCrawlerRunProps;
  private readonly resourceArn: string;

  constructor(scope: Construct, id: string, props: GlueStartCrawlerRunProps) {
    super(scope, id, props);
    this.props = props;
    validatePatternSupported(this, props.integrationPattern ?? IntegrationPattern.REQUEST_RESPONSE, GlueStartCrawlerRun.SUPPORTED_INTEGRATION_PATTERNS);
    validateUserFields(this, { crawlerName: props.crawlerName });
    validateSingleLineName(this, 'crawlerName', props.crawlerName, 255);
    this.resourceArn = integrationResourceArn(this, 'aws-sdk:glue', 'startCrawler');
    const crawler = isStateValue(props.crawlerName) ? '*' : props.crawlerName;
    this.taskPolicies = [new PolicyStatement({
      actions: ['glue:StartCrawler', 'glue:GetCrawler'],
      resources: [formatArn(this, { service: 'glue', resource: 'crawler', resourceName: crawler })],
    })];
  }

  /** @internal */
  protected _renderTask(topLevelQueryLanguage?: QueryLanguage): any {
    return {
      Resource: this.resourceArn,
      ...this._renderParametersOrArguments({ Name: this.props.crawlerName }, this._effectiveLanguage(topLevelQueryLanguage)),
    };
  }
}
