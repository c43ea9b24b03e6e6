// The checks of an EmrCreateCluster task's props, run by its constructor; values that are Terraform
// or JsonPath tokens are known only later and pass.
import type { Construct } from 'constructs';
import { Token } from '../../../core/cdktf';
import { ValidationError, describeValue } from '../../../core/errors';
import type { Duration } from '../../../core/duration';
import { EmrCreateCluster } from '../create-cluster';
import type { EmrCreateClusterProps } from '../create-cluster-options';

const known = (n: number | undefined): n is number => n !== undefined && !Token.isUnresolved(n);

/** Every check of the props; `usesFleets` says whether the cluster has instance fleets. */
export function validateCreateCluster(scope: Construct, p: EmrCreateClusterProps, usesFleets: boolean): void {
  if (usesFleets && (p.instances.instanceGroups?.length ?? 0) > 0) {
    throw new ValidationError("'instances' takes 'instanceFleets' or 'instanceGroups', not both: a cluster's nodes are all fleets or all groups", scope);
  }
  if (usesFleets && p.autoScalingRole) {
    throw new ValidationError("'autoScalingRole' cannot be given with 'instances.instanceFleets': automatic scaling policies belong to instance groups", scope);
  }
  const idle = seconds(p.autoTerminationPolicyIdleTimeout);
  if (known(idle) && (idle < 60 || idle > 604_800)) {
    throw new ValidationError(`'autoTerminationPolicyIdleTimeout' must be 60 to 604800 seconds (7 days), got ${idle} seconds`, scope);
  }
  const release = releaseVersion(scope, p.releaseLabel);
  const level = p.stepConcurrencyLevel;
  if (known(level)) {
    if (!Number.isInteger(level) || level < 1 || level > 256) {
      throw new ValidationError(`'stepConcurrencyLevel' must be a whole number from 1 to 256, got ${describeValue(level)}`, scope);
    }
    if (level !== 1 && release && older(release, [5, 28, 0])) {
      throw new ValidationError(`'stepConcurrencyLevel' above 1 needs EMR release 5.28.0 or later, got ${level} with 'releaseLabel' ${describeValue(p.releaseLabel)}`, scope);
    }
  }
  const size = p.ebsRootVolumeSize;
  if (size && !size.isUnresolved()) {
    const gib = size.toGibibytes();
    if (gib < 15 || gib > 100) throw new ValidationError(`'ebsRootVolumeSize' must be 15 to 100 GiB, got ${gib} GiB`, scope);
  }
  for (const [prop, value] of [['ebsRootVolumeThroughput', p.ebsRootVolumeThroughput], ['ebsRootVolumeIops', p.ebsRootVolumeIops]] as const) {
    if (value !== undefined && release && older(release, [6, 15, 0])) {
      throw new ValidationError(`'${prop}' needs EMR release 6.15.0 or later, got 'releaseLabel' ${describeValue(p.releaseLabel)}`, scope);
    }
  }
  validateRange(scope, 'ebsRootVolumeThroughput', p.ebsRootVolumeThroughput, 125, 1000, ' MiB/s');
  validateRange(scope, 'ebsRootVolumeIops', p.ebsRootVolumeIops, 3000, 16_000, '');
  p.instances.instanceFleets?.forEach((fleet, i) => validateFleet(scope, fleet, `instances.instanceFleets[${i}]`));
}

function seconds(d: Duration | undefined): number | undefined {
  return d && !d.isUnresolved() ? d.toSeconds() : undefined;
}

function validateRange(scope: Construct, prop: string, value: number | undefined, min: number, max: number, unit: string): void {
  if (known(value) && (value < min || value > max)) {
    throw new ValidationError(`'${prop}' must be ${min} to ${max}${unit}, got ${value}${unit}`, scope);
  }
}

// `emr-x.y.z` as [x, y, z]; undefined for no label or a token
function releaseVersion(scope: Construct, label: string | undefined): number[] | undefined {
  if (label === undefined || Token.isUnresolved(label)) return undefined;
  const parts = label.startsWith('emr-') ? label.slice(4).split('.') : [];
  if (parts.length !== 3 || parts.some((part) => !/^\d+$/.test(part))) {
    throw new ValidationError(`'releaseLabel' must look like 'emr-x.y.z' (e.g. 'emr-7.2.0'), got ${describeValue(label)}`, scope);
  }
  return parts.map(Number);
}

function older(version: number[], than: number[]): boolean {
  for (let i = 0; i < than.length; i++) {
    if (version[i] !== than[i]) return version[i] < than[i];
  }
  return false;
}

function validateFleet(scope: Construct, f: EmrCreateCluster.InstanceFleetConfigProperty, at: string): void {
  const onDemand = f.targetOnDemandCapacity;
  const spotCapacity = f.targetSpotCapacity;
  const unknown = Token.isUnresolved(onDemand) || Token.isUnresolved(spotCapacity);
  if (!unknown && !onDemand && !spotCapacity) {
    throw new ValidationError(`'${at}' needs 'targetOnDemandCapacity' or 'targetSpotCapacity' above 0, got ${describeValue(onDemand)} and ${describeValue(spotCapacity)}`, scope);
  }
  if (f.instanceFleetType === EmrCreateCluster.InstanceRoleType.MASTER) {
    if (onDemand && spotCapacity) {
      throw new ValidationError(`'${at}' is a MASTER fleet: give only one of 'targetOnDemandCapacity' and 'targetSpotCapacity', got both`, scope);
    }
    for (const [prop, value] of [['targetOnDemandCapacity', onDemand], ['targetSpotCapacity', spotCapacity]] as const) {
      if (known(value) && value && value !== 1) {
        throw new ValidationError(`'${at}.${prop}' of a MASTER fleet must be 1, got ${value}`, scope);
      }
    }
  }
  f.instanceTypeConfigs?.forEach((t, i) => {
    if (t.bidPrice !== undefined && t.bidPriceAsPercentageOfOnDemandPrice !== undefined) {
      throw new ValidationError(`'${at}.instanceTypeConfigs[${i}]' takes 'bidPrice' or 'bidPriceAsPercentageOfOnDemandPrice', not both`, scope);
    }
    if (known(t.priority) && t.priority < 0) {
      throw new ValidationError(`'${at}.instanceTypeConfigs[${i}].priority' must be 0 (the highest) or more, got ${t.priority}`, scope);
    }
  });
  const strategy = f.launchSpecifications?.onDemandSpecification?.allocationStrategy ?? EmrCreateCluster.OnDemandAllocationStrategy.LOWEST_PRICE;
  const prioritized = strategy === EmrCreateCluster.OnDemandAllocationStrategy.PRIORITIZED;
  const withPriority = f.instanceTypeConfigs?.some((t) => known(t.priority)) ?? false;
  if (withPriority && !prioritized && !Token.isUnresolved(strategy)) {
    throw new ValidationError(`'${at}.instanceTypeConfigs' set priorities, which only count with the on-demand allocation strategy PRIORITIZED; got ${describeValue(strategy)}`, scope);
  }
  if (prioritized && !withPriority && (f.instanceTypeConfigs?.length ?? 0) > 0) {
    throw new ValidationError(`'${at}' uses the on-demand allocation strategy PRIORITIZED: give at least one of its 'instanceTypeConfigs' a 'priority'`, scope);
  }
  const spot = f.launchSpecifications?.spotSpecification;
  if (spot) {
    const where = `${at}.launchSpecifications.spotSpecification`;
    if ((spot.timeout === undefined) === (spot.timeoutDurationMinutes === undefined)) {
      throw new ValidationError(`'${where}' needs exactly one of 'timeout' and 'timeoutDurationMinutes', got ${spot.timeout === undefined ? 'neither' : 'both'}`, scope);
    }
    const minutes = spot.timeout ? (spot.timeout.isUnresolved() ? undefined : spot.timeout.toMinutes()) : spot.timeoutDurationMinutes;
    if (known(minutes) && (minutes < 5 || minutes > 1440)) {
      throw new ValidationError(`'${where}' timeout must be 5 to 1440 minutes, got ${minutes} minutes`, scope);
    }
  }
}
