// The members of EmrCreateCluster's nested instance structs (`EmrCreateCluster.InstancesConfigProperty`,
// its fleets and groups, their EBS volumes). The structs themselves are declared in the namespace merged
// with the class (create-cluster.ts), each extending its base here: jsii erases an internal base and
// copies its members into the struct, so the public names stay nested as aws-cdk-lib has them while no
// file grows past its limit. Not part of the public API under these names.
import type { Duration } from '../../core/duration';
import type { Size } from '../../core/size';
import type { EmrCreateCluster } from './create-cluster';

/** Members of `EmrCreateCluster.VolumeSpecificationProperty`. @internal */
export interface _EmrVolumeSpecification {
  /**
   * Input/output operations per second the volume provides (`Iops`).
   * @default - the volume type's default
   */
  readonly iops?: number;
  /** Size of the volume, a whole number of GiB (`SizeInGB`). */
  readonly volumeSize: Size;
  /** Type of the volume (`VolumeType`). */
  readonly volumeType: EmrCreateCluster.EbsBlockDeviceVolumeType;
}

/** Members of `EmrCreateCluster.EbsBlockDeviceConfigProperty`. @internal */
export interface _EmrEbsBlockDeviceConfig {
  /** Size, type and IOPS of each volume (`VolumeSpecification`). */
  readonly volumeSpecification: EmrCreateCluster.VolumeSpecificationProperty;
  /**
   * Number of such volumes attached to each instance (`VolumesPerInstance`).
   * @default - EMR attaches one volume
   */
  readonly volumesPerInstance?: number;
}

/** Members of `EmrCreateCluster.EbsConfigurationProperty`. @internal */
export interface _EmrEbsConfiguration {
  /**
   * Volumes attached to each instance (`EbsBlockDeviceConfigs`).
   * @default - no EBS volumes
   */
  readonly ebsBlockDeviceConfigs?: EmrCreateCluster.EbsBlockDeviceConfigProperty[];
  /**
   * Whether the instances are EBS-optimized (`EbsOptimized`).
   * @default - EC2's default for the instance type
   */
  readonly ebsOptimized?: boolean;
}

/** Members of `EmrCreateCluster.InstanceTypeConfigProperty`. @internal */
export interface _EmrInstanceTypeConfig {
  /**
   * Highest Spot price in USD per hour, as a decimal string; not with `bidPriceAsPercentageOfOnDemandPrice` (`BidPrice`).
   * @default - the on-demand price, when neither bid price is given
   */
  readonly bidPrice?: string;
  /**
   * Highest Spot price as a percentage of the on-demand price; not with `bidPrice` (`BidPriceAsPercentageOfOnDemandPrice`).
   * @default - 100, when neither bid price is given
   */
  readonly bidPriceAsPercentageOfOnDemandPrice?: number;
  /**
   * Configuration classifications of the instances of this type (`Configurations`).
   * @default - none
   */
  readonly configurations?: EmrCreateCluster.ConfigurationProperty[];
  /**
   * EBS volumes of each instance of this type (`EbsConfiguration`).
   * @default - none
   */
  readonly ebsConfiguration?: EmrCreateCluster.EbsConfigurationProperty;
  /** EC2 instance type, e.g. `m5.xlarge` (`InstanceType`). */
  readonly instanceType: string;
  /**
   * Launch priority, 0 being the highest; only with `OnDemandAllocationStrategy.PRIORITIZED` (`Priority`).
   * @default - no priority
   */
  readonly priority?: number;
  /**
   * Units of the fleet's target capacity one instance of this type counts for (`WeightedCapacity`).
   * @default 1
   */
  readonly weightedCapacity?: number;
}

/** Members of `EmrCreateCluster.OnDemandProvisioningSpecificationProperty`. @internal */
export interface _EmrOnDemandProvisioningSpecification {
  /** How on-demand instances are chosen among the fleet's types (`AllocationStrategy`). */
  readonly allocationStrategy: EmrCreateCluster.OnDemandAllocationStrategy;
}

/** Members of `EmrCreateCluster.SpotProvisioningSpecificationProperty`. @internal */
export interface _EmrSpotProvisioningSpecification {
  /**
   * How Spot instances are chosen among the fleet's types (`AllocationStrategy`).
   * @default - EMR's default
   */
  readonly allocationStrategy?: EmrCreateCluster.SpotAllocationStrategy;
  /**
   * Spot block duration in minutes, 60 to 360 in steps of 60 (`BlockDurationMinutes`).
   * @default - no Spot block
   * @deprecated Spot blocks are no longer offered to new customers (since July 2021)
   */
  readonly blockDurationMinutes?: number;
  /** What happens when no Spot instance is provisioned within the timeout (`TimeoutAction`). */
  readonly timeoutAction: EmrCreateCluster.SpotTimeoutAction;
  /**
   * Minutes to wait for Spot instances, 5 to 1,440; exactly one of this and `timeout` (`TimeoutDurationMinutes`).
   * @default - `timeout`
   * @deprecated use `timeout`
   */
  readonly timeoutDurationMinutes?: number;
  /**
   * How long to wait for Spot instances, 5 to 1,440 whole minutes; exactly one of this and
   * `timeoutDurationMinutes` (`TimeoutDurationMinutes`).
   * @default - `timeoutDurationMinutes`
   */
  readonly timeout?: Duration;
}

/** Members of `EmrCreateCluster.InstanceFleetProvisioningSpecificationsProperty`. @internal */
export interface _EmrInstanceFleetProvisioningSpecifications {
  /**
   * How the fleet's on-demand instances are launched (`OnDemandSpecification`).
   * @default - lowest price first
   */
  readonly onDemandSpecification?: EmrCreateCluster.OnDemandProvisioningSpecificationProperty;
  /**
   * How the fleet's Spot instances are launched (`SpotSpecification`).
   * @default - EMR's default
   */
  readonly spotSpecification?: EmrCreateCluster.SpotProvisioningSpecificationProperty;
}

/** Members of `EmrCreateCluster.InstanceFleetConfigProperty`. @internal */
export interface _EmrInstanceFleetConfig {
  /** Node type of the fleet (`InstanceFleetType`). */
  readonly instanceFleetType: EmrCreateCluster.InstanceRoleType;
  /**
   * Instance types the fleet may launch, at most 5 (`InstanceTypeConfigs`).
   * @default - none
   */
  readonly instanceTypeConfigs?: EmrCreateCluster.InstanceTypeConfigProperty[];
  /**
   * How the fleet's on-demand and Spot instances are launched (`LaunchSpecifications`).
   * @default - EMR's defaults
   */
  readonly launchSpecifications?: EmrCreateCluster.InstanceFleetProvisioningSpecificationsProperty;
  /**
   * Name of the fleet (`Name`).
   * @default - no name
   */
  readonly name?: string;
  /**
   * Target capacity of on-demand units; 0 or 1 for a MASTER fleet (`TargetOnDemandCapacity`).
   * @default 0
   */
  readonly targetOnDemandCapacity?: number;
  /**
   * Target capacity of Spot units; 0 or 1 for a MASTER fleet (`TargetSpotCapacity`).
   * @default 0
   */
  readonly targetSpotCapacity?: number;
}

/** Members of `EmrCreateCluster.InstanceGroupConfigProperty`. @internal */
export interface _EmrInstanceGroupConfig {
  /**
   * Automatic scaling of the group, a CORE or TASK group (`AutoScalingPolicy`).
   * @default - no automatic scaling
   */
  readonly autoScalingPolicy?: EmrCreateCluster.AutoScalingPolicyProperty;
  /**
   * Highest Spot price in USD per hour, for a SPOT group (`BidPrice`).
   * @default - the on-demand price
   */
  readonly bidPrice?: string;
  /**
   * Configuration classifications of the group's instances (`Configurations`).
   * @default - none
   */
  readonly configurations?: EmrCreateCluster.ConfigurationProperty[];
  /**
   * EBS volumes of each instance of the group (`EbsConfiguration`).
   * @default - none
   */
  readonly ebsConfiguration?: EmrCreateCluster.EbsConfigurationProperty;
  /** Number of instances of the group (`InstanceCount`). */
  readonly instanceCount: number;
  /** Node type of the group (`InstanceRole`). */
  readonly instanceRole: EmrCreateCluster.InstanceRoleType;
  /** EC2 instance type, e.g. `m5.xlarge` (`InstanceType`). */
  readonly instanceType: string;
  /**
   * Market the instances are bought on (`Market`).
   * @default - on-demand
   */
  readonly market?: EmrCreateCluster.InstanceMarket;
  /**
   * Name of the group (`Name`).
   * @default - no name
   */
  readonly name?: string;
}

/** Members of `EmrCreateCluster.PlacementTypeProperty`. @internal */
export interface _EmrPlacementType {
  /**
   * Availability Zone of a cluster of uniform instance groups (`AvailabilityZone`).
   * @default - EMR picks one
   */
  readonly availabilityZone?: string;
  /**
   * Availability Zones EMR chooses from for a cluster of instance fleets (`AvailabilityZones`).
   * @default - EMR picks one
   */
  readonly availabilityZones?: string[];
}

/** Members of `EmrCreateCluster.InstancesConfigProperty`. @internal */
export interface _EmrInstancesConfig {
  /**
   * More security groups of the master node (`AdditionalMasterSecurityGroups`).
   * @default - none
   */
  readonly additionalMasterSecurityGroups?: string[];
  /**
   * More security groups of the core and task nodes (`AdditionalSlaveSecurityGroups`).
   * @default - none
   */
  readonly additionalSlaveSecurityGroups?: string[];
  /**
   * EC2 key pair the `hadoop` user can log in with (`Ec2KeyName`).
   * @default - no SSH access
   */
  readonly ec2KeyName?: string;
  /**
   * Subnet of a cluster of uniform instance groups (`Ec2SubnetId`).
   * @default - EC2-Classic or the default VPC
   */
  readonly ec2SubnetId?: string;
  /**
   * Subnets EMR chooses from for a cluster of instance fleets (`Ec2SubnetIds`).
   * @default - EC2-Classic or the default VPC
   */
  readonly ec2SubnetIds?: string[];
  /**
   * Security group EMR manages for the master node (`EmrManagedMasterSecurityGroup`).
   * @default - EMR creates one
   */
  readonly emrManagedMasterSecurityGroup?: string;
  /**
   * Security group EMR manages for the core and task nodes (`EmrManagedSlaveSecurityGroup`).
   * @default - EMR creates one
   */
  readonly emrManagedSlaveSecurityGroup?: string;
  /**
   * Hadoop version of an AMI-based release (`HadoopVersion`).
   * @default - the release's version
   */
  readonly hadoopVersion?: string;
  /**
   * Number of EC2 instances of a uniform cluster without groups or fleets (`InstanceCount`).
   * @default - none
   */
  readonly instanceCount?: number;
  /**
   * Instance fleets of the cluster; not with `instanceGroups` (`InstanceFleets`).
   * @default - none
   */
  readonly instanceFleets?: EmrCreateCluster.InstanceFleetConfigProperty[];
  /**
   * Uniform instance groups of the cluster; not with `instanceFleets` (`InstanceGroups`).
   * @default - none
   */
  readonly instanceGroups?: EmrCreateCluster.InstanceGroupConfigProperty[];
  /**
   * EC2 instance type of the master node, without groups or fleets (`MasterInstanceType`).
   * @default - none
   */
  readonly masterInstanceType?: string;
  /**
   * Availability Zones of the cluster (`Placement`).
   * @default - EMR picks one
   */
  readonly placement?: EmrCreateCluster.PlacementTypeProperty;
  /**
   * Security group of the EMR service in a private subnet (`ServiceAccessSecurityGroup`).
   * @default - EMR creates one
   */
  readonly serviceAccessSecurityGroup?: string;
  /**
   * EC2 instance type of the core and task nodes, without groups or fleets (`SlaveInstanceType`).
   * @default - none
   */
  readonly slaveInstanceType?: string;
  /**
   * Whether the cluster refuses to terminate through the API or an error (`TerminationProtected`).
   * @default false
   */
  readonly terminationProtected?: boolean;
}
