// The RunJobFlow request of an EmrCreateCluster task: its props in the API's PascalCase shape. Pure: the
// props were validated by the constructor, undefined fields are dropped by the renderer.
import type { EmrCreateCluster } from '../create-cluster';
import type { EmrCreateClusterProps } from '../create-cluster-options';
import type { ClusterRoles } from './create-cluster-iam';

/** The request's fields, before `Parameters`/`Arguments` rendering. */
export function renderRunJobFlow(p: EmrCreateClusterProps, roles: ClusterRoles): Record<string, unknown> {
  const tags = p.tags ? Object.entries(p.tags).map(([Key, Value]) => ({ Key, Value })) : undefined;
  return {
    Instances: renderInstances(p.instances),
    JobFlowRole: roles.jobFlowRole,
    Name: p.name,
    ServiceRole: roles.service.name,
    AdditionalInfo: p.additionalInfo,
    Applications: p.applications?.map((a) => ({ Name: a.name, Args: a.args, Version: a.version, AdditionalInfo: a.additionalInfo })),
    AutoScalingRole: roles.autoScaling?.name,
    BootstrapActions: p.bootstrapActions?.map((b) => ({
      Name: b.name,
      ScriptBootstrapAction: { Path: b.scriptBootstrapAction.path, Args: b.scriptBootstrapAction.args },
    })),
    Configurations: renderConfigurations(p.configurations),
    CustomAmiId: p.customAmiId,
    EbsRootVolumeSize: p.ebsRootVolumeSize?.toGibibytes(),
    EbsRootVolumeIops: p.ebsRootVolumeIops,
    EbsRootVolumeThroughput: p.ebsRootVolumeThroughput,
    KerberosAttributes: p.kerberosAttributes && {
      ADDomainJoinPassword: p.kerberosAttributes.adDomainJoinPassword,
      ADDomainJoinUser: p.kerberosAttributes.adDomainJoinUser,
      CrossRealmTrustPrincipalPassword: p.kerberosAttributes.crossRealmTrustPrincipalPassword,
      KdcAdminPassword: p.kerberosAttributes.kdcAdminPassword,
      Realm: p.kerberosAttributes.realm,
    },
    LogUri: p.logUri,
    ManagedScalingPolicy: p.managedScalingPolicy && { ComputeLimits: renderComputeLimits(p.managedScalingPolicy.computeLimits) },
    ReleaseLabel: p.releaseLabel,
    ScaleDownBehavior: p.scaleDownBehavior,
    SecurityConfiguration: p.securityConfiguration,
    StepConcurrencyLevel: p.stepConcurrencyLevel,
    Tags: tags,
    VisibleToAllUsers: p.visibleToAllUsers ?? true,
    AutoTerminationPolicy: p.autoTerminationPolicyIdleTimeout && { IdleTimeout: p.autoTerminationPolicyIdleTimeout.toSeconds() },
  };
}

/** Classifications, nested as given (shared with the tasks that reconfigure instance groups). */
export function renderConfigurations(list: EmrCreateCluster.ConfigurationProperty[] | undefined): unknown[] | undefined {
  return list?.map((c) => ({ Classification: c.classification, Properties: c.properties, Configurations: renderConfigurations(c.configurations) }));
}

function renderInstances(i: EmrCreateCluster.InstancesConfigProperty): Record<string, unknown> {
  return {
    AdditionalMasterSecurityGroups: i.additionalMasterSecurityGroups,
    AdditionalSlaveSecurityGroups: i.additionalSlaveSecurityGroups,
    Ec2KeyName: i.ec2KeyName,
    Ec2SubnetId: i.ec2SubnetId,
    Ec2SubnetIds: i.ec2SubnetIds,
    EmrManagedMasterSecurityGroup: i.emrManagedMasterSecurityGroup,
    EmrManagedSlaveSecurityGroup: i.emrManagedSlaveSecurityGroup,
    HadoopVersion: i.hadoopVersion,
    InstanceCount: i.instanceCount,
    InstanceFleets: i.instanceFleets?.map(renderFleet),
    InstanceGroups: i.instanceGroups?.map(renderGroup),
    // a cluster created by a workflow waits for the steps the next states add
    KeepJobFlowAliveWhenNoSteps: true,
    MasterInstanceType: i.masterInstanceType,
    Placement: i.placement && { AvailabilityZone: i.placement.availabilityZone, AvailabilityZones: i.placement.availabilityZones },
    ServiceAccessSecurityGroup: i.serviceAccessSecurityGroup,
    SlaveInstanceType: i.slaveInstanceType,
    TerminationProtected: i.terminationProtected,
  };
}

function renderFleet(f: EmrCreateCluster.InstanceFleetConfigProperty): Record<string, unknown> {
  const launch = f.launchSpecifications;
  const spot = launch?.spotSpecification;
  return {
    InstanceFleetType: f.instanceFleetType,
    InstanceTypeConfigs: f.instanceTypeConfigs?.map((t) => ({
      BidPrice: t.bidPrice,
      BidPriceAsPercentageOfOnDemandPrice: t.bidPriceAsPercentageOfOnDemandPrice,
      Configurations: renderConfigurations(t.configurations),
      EbsConfiguration: renderEbs(t.ebsConfiguration),
      InstanceType: t.instanceType,
      Priority: t.priority,
      WeightedCapacity: t.weightedCapacity,
    })),
    LaunchSpecifications: launch && {
      OnDemandSpecification: launch.onDemandSpecification && { AllocationStrategy: launch.onDemandSpecification.allocationStrategy },
      SpotSpecification: spot && {
        AllocationStrategy: spot.allocationStrategy,
        BlockDurationMinutes: spot.blockDurationMinutes,
        TimeoutAction: spot.timeoutAction,
        TimeoutDurationMinutes: spot.timeout ? spot.timeout.toMinutes() : spot.timeoutDurationMinutes,
      },
    },
    Name: f.name,
    TargetOnDemandCapacity: f.targetOnDemandCapacity,
    TargetSpotCapacity: f.targetSpotCapacity,
  };
}

function renderGroup(g: EmrCreateCluster.InstanceGroupConfigProperty): Record<string, unknown> {
  const policy = g.autoScalingPolicy;
  return {
    AutoScalingPolicy: policy && {
      Constraints: { MaxCapacity: policy.constraints.maxCapacity, MinCapacity: policy.constraints.minCapacity },
      Rules: policy.rules.map(renderRule),
    },
    BidPrice: g.bidPrice,
    Configurations: renderConfigurations(g.configurations),
    EbsConfiguration: renderEbs(g.ebsConfiguration),
    InstanceCount: g.instanceCount,
    InstanceRole: g.instanceRole,
    InstanceType: g.instanceType,
    Market: g.market,
    Name: g.name,
  };
}

function renderRule(r: EmrCreateCluster.ScalingRuleProperty): Record<string, unknown> {
  const simple = r.action.simpleScalingPolicyConfiguration;
  const alarm = r.trigger.cloudWatchAlarmDefinition;
  return {
    Action: {
      Market: r.action.market,
      SimpleScalingPolicyConfiguration: { AdjustmentType: simple.adjustmentType, CoolDown: simple.coolDown, ScalingAdjustment: simple.scalingAdjustment },
    },
    Description: r.description,
    Name: r.name,
    Trigger: {
      CloudWatchAlarmDefinition: {
        ComparisonOperator: alarm.comparisonOperator,
        Dimensions: alarm.dimensions?.map((d) => ({ Key: d.key, Value: d.value })),
        EvaluationPeriods: alarm.evaluationPeriods,
        MetricName: alarm.metricName,
        Namespace: alarm.namespace,
        Period: alarm.period.toSeconds(),
        Statistic: alarm.statistic,
        Threshold: alarm.threshold,
        Unit: alarm.unit,
      },
    },
  };
}

function renderEbs(e: EmrCreateCluster.EbsConfigurationProperty | undefined): Record<string, unknown> | undefined {
  return e && {
    EbsBlockDeviceConfigs: e.ebsBlockDeviceConfigs?.map((d) => ({
      VolumeSpecification: {
        Iops: d.volumeSpecification.iops,
        SizeInGB: d.volumeSpecification.volumeSize.toGibibytes(),
        VolumeType: d.volumeSpecification.volumeType,
      },
      VolumesPerInstance: d.volumesPerInstance,
    })),
    EbsOptimized: e.ebsOptimized,
  };
}

function renderComputeLimits(c: EmrCreateCluster.ManagedScalingComputeLimitsProperty | undefined): Record<string, unknown> | undefined {
  return c && {
    UnitType: c.unitType,
    MinimumCapacityUnits: c.minimumCapacityUnits,
    MaximumCapacityUnits: c.maximumCapacityUnits,
    MaximumOnDemandCapacityUnits: c.maximumOnDemandCapacityUnits,
    MaximumCoreCapacityUnits: c.maximumCoreCapacityUnits,
  };
}
