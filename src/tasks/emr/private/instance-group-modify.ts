// The InstanceGroup parameter of EmrModifyInstanceGroupByName, in the API's key names, converted once in
// the constructor (durations in whole seconds, counts checked).
import type { IConstruct } from 'constructs';
import type { EmrModifyInstanceGroupByName } from '../modify-instance-group-by-name';
import { validateCount } from './counts';

type Config = EmrModifyInstanceGroupByName.InstanceGroupModifyConfigProperty;
type Configuration = EmrModifyInstanceGroupByName.ConfigurationProperty;
type Shrink = EmrModifyInstanceGroupByName.ShrinkPolicyProperty;

/** `InstanceGroup` of a ModifyInstanceGroups call; absent fields stay undefined (and vanish). */
export function renderInstanceGroupModifyConfig(scope: IConstruct, config: Config): object {
  validateCount(scope, config.instanceCount, 'instanceGroup.instanceCount');
  return {
    Configurations: config.configurations?.map(renderConfiguration),
    EC2InstanceIdsToTerminate: config.eC2InstanceIdsToTerminate,
    InstanceCount: config.instanceCount,
    ShrinkPolicy: config.shrinkPolicy && renderShrinkPolicy(scope, config.shrinkPolicy),
  };
}

/** A `Configuration` with its nested configurations. */
export function renderConfiguration(c: Configuration): object {
  return {
    Classification: c.classification,
    Properties: c.properties,
    Configurations: c.configurations?.map(renderConfiguration),
  };
}

function renderShrinkPolicy(scope: IConstruct, shrink: Shrink): object {
  const resize = shrink.instanceResizePolicy;
  return {
    DecommissionTimeout: shrink.decommissionTimeout?._convertFor('seconds', "'instanceGroup.shrinkPolicy.decommissionTimeout'", scope),
    InstanceResizePolicy: resize && {
      InstancesToProtect: resize.instancesToProtect,
      InstancesToTerminate: resize.instancesToTerminate,
      InstanceTerminationTimeout: resize.instanceTerminationTimeout?._convertFor(
        'seconds', "'instanceGroup.shrinkPolicy.instanceResizePolicy.instanceTerminationTimeout'", scope),
    },
  };
}
