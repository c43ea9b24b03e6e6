import type { TerraformStack } from 'cdktf';
import { GlueCrawler } from '@cdktf/provider-aws/lib/glue-crawler';
import { sfn, tasks } from '../../../src';
import { newStack } from '../../util/synth';
import { ACCOUNT, PARTITION, REGION, integrationArn, machineOf } from '../util';

const crawlerArn = (name: string) => `arn:${PARTITION}:glue:${REGION}:${ACCOUNT}:crawler/${name}`;

describe('GlueStartCrawlerRun', () => {
  let stack: TerraformStack;
  beforeEach(() => { stack = newStack(); });

  test('a crawler name: aws-sdk:glue:startCrawler, glue:StartCrawler and glue:GetCrawler on the crawler', () => {
    const m = machineOf(stack, new tasks.GlueStartCrawlerRun(stack, 'Crawl', { crawlerName: 'landing' }));
    expect(m.definition.States.Crawl).toEqual({
      Type: 'Task',
      Resource: integrationArn('aws-sdk:glue:startCrawler'),
      Parameters: { Name: 'landing' },
      End: true,
    });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: ['glue:StartCrawler', 'glue:GetCrawler'], Resource: crawlerArn('landing') }]);
  });

  test('a GlueCrawler resource: its name attribute', () => {
    const crawler = new GlueCrawler(stack, 'Crawler', { name: 'landing', databaseName: 'db', role: 'arn:aws:iam::1:role/r', s3Target: [{ path: 's3://b/p' }] });
    const m = machineOf(stack, new tasks.GlueStartCrawlerRun(stack, 'Crawl', { crawlerName: crawler.name }));
    expect(m.definition.States.Crawl.Parameters).toEqual({ Name: '${aws_glue_crawler.Crawler.name}' });
    expect(m.statements[0].Resource).toEqual(crawlerArn('${aws_glue_crawler.Crawler.name}'));
  });

  test('a name from the state is granted on crawler/*; JSONata Arguments', () => {
    const a = new tasks.GlueStartCrawlerRun(stack, 'A', { crawlerName: sfn.JsonPath.stringAt('$.crawler') });
    const b = tasks.GlueStartCrawlerRun.jsonata(stack, 'B', { crawlerName: '{% $states.input.crawler %}' });
    const m = machineOf(stack, a.next(b));
    expect(m.definition.States.A.Parameters).toEqual({ 'Name.$': '$.crawler' });
    expect(m.definition.States.B.Arguments).toEqual({ Name: '{% $states.input.crawler %}' });
    expect(m.statements).toEqual([{ Effect: 'Allow', Action: ['glue:StartCrawler', 'glue:GetCrawler'], Resource: crawlerArn('*') }]);
  });

  test('REQUEST_RESPONSE is accepted; RUN_JOB and WAIT_FOR_TASK_TOKEN are refused (C.14)', () => {
    expect(() => new tasks.GlueStartCrawlerRun(stack, 'RR', { crawlerName: 'c', integrationPattern: sfn.IntegrationPattern.REQUEST_RESPONSE })).not.toThrow();
    for (const pattern of [sfn.IntegrationPattern.RUN_JOB, sfn.IntegrationPattern.WAIT_FOR_TASK_TOKEN]) {
      expect(() => new tasks.GlueStartCrawlerRun(stack, `C${pattern}`, { crawlerName: 'c', integrationPattern: pattern }))
        .toThrow(`test/C${pattern}: 'integrationPattern' ${pattern} is not supported by this task; supported: REQUEST_RESPONSE`);
    }
  });

  test.each(['c'.repeat(255), sfn.JsonPath.stringAt('$.c')])('accepts the crawler name %p', (crawlerName) => {
    expect(() => new tasks.GlueStartCrawlerRun(stack, 'C', { crawlerName })).not.toThrow();
  });

  test.each(['', 'c'.repeat(256), 'a\nb'])('refuses the crawler name %p', (crawlerName) => {
    expect(() => new tasks.GlueStartCrawlerRun(stack, 'C', { crawlerName })).toThrow("test/C: 'crawlerName' must be 1 to 255 characters on one line");
  });

  test('a name concatenated with a path is refused', () => {
    expect(() => new tasks.GlueStartCrawlerRun(stack, 'C', { crawlerName: `c-${sfn.JsonPath.stringAt('$.x')}` }))
      .toThrow("test/C: 'crawlerName': a JsonPath reference must be the whole string value");
  });
});
