/**
 * Small value types and feature exceptions used by every module.
 */
@org.springframework.modulith.ApplicationModule(displayName = "Shared",
        type = org.springframework.modulith.ApplicationModule.Type.OPEN)
package kz.qorgau.shared;
