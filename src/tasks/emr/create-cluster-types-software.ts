// The members of EmrCreateCluster's nested software structs (applications, bootstrap actions,
// configuration classifications, Kerberos); see create-cluster-types.ts for why they live apart from
// their names.
import type { EmrCreateCluster } from './create-cluster';

/** Members of `EmrCreateCluster.ApplicationConfigProperty`. @internal */
export interface _EmrApplicationConfig {
  /**
   * Metadata of third-party applications, passed to their installer (`AdditionalInfo`).
   * @default - none
   */
  readonly additionalInfo?: { [key: string]: string };
  /**
   * Arguments of the application's installation (`Args`).
   * @default - none
   */
  readonly args?: string[];
  /** Name of the application, e.g. `Spark` (`Name`). */
  readonly name: string;
  /**
   * Version of the application (`Version`).
   * @default - the release's version
   */
  readonly version?: string;
}

/** Members of `EmrCreateCluster.ScriptBootstrapActionConfigProperty`. @internal */
export interface _EmrScriptBootstrapActionConfig {
  /** Location of the script, in S3 or on the instance's file system (`Path`). */
  readonly path: string;
  /**
   * Arguments passed to the script (`Args`).
   * @default - none
   */
  readonly args?: string[];
}

/** Members of `EmrCreateCluster.BootstrapActionConfigProperty`. @internal */
export interface _EmrBootstrapActionConfig {
  /** Name of the bootstrap action (`Name`). */
  readonly name: string;
  /** The script run on each node when it starts (`ScriptBootstrapAction`). */
  readonly scriptBootstrapAction: EmrCreateCluster.ScriptBootstrapActionConfigProperty;
}

/** Members of `EmrCreateCluster.ConfigurationProperty`. @internal */
export interface _EmrConfiguration {
  /**
   * Classification the settings belong to, e.g. `spark-defaults` (`Classification`).
   * @default - none
   */
  readonly classification?: string;
  /**
   * Settings of the classification (`Properties`).
   * @default - none
   */
  readonly properties?: { [key: string]: string };
  /**
   * Nested classifications (`Configurations`).
   * @default - none
   */
  readonly configurations?: EmrCreateCluster.ConfigurationProperty[];
}

/** Members of `EmrCreateCluster.KerberosAttributesProperty`. @internal */
export interface _EmrKerberosAttributes {
  /**
   * Password of the Active Directory user that joins resources to the domain (`ADDomainJoinPassword`).
   * @default - no cross-realm trust with Active Directory
   */
  readonly adDomainJoinPassword?: string;
  /**
   * Active Directory user allowed to join resources to the domain (`ADDomainJoinUser`).
   * @default - no cross-realm trust with Active Directory
   */
  readonly adDomainJoinUser?: string;
  /**
   * Cross-realm principal password, the same in both realms (`CrossRealmTrustPrincipalPassword`).
   * @default - no cross-realm trust
   */
  readonly crossRealmTrustPrincipalPassword?: string;
  /**
   * Password of the cluster's KDC administrator (`KdcAdminPassword`).
   * @default - none
   */
  readonly kdcAdminPassword?: string;
  /** Kerberos realm of the cluster, e.g. `EC2.INTERNAL` (`Realm`). */
  readonly realm: string;
}
