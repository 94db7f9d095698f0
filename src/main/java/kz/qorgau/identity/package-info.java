/**
 * Users, their roles and scope, login and its throttling, passwords, personal access tokens, and the
 * security configuration of the web and the API.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Identity")
package kz.qorgau.identity;
