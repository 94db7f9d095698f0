package kz.qorgau.shelters;

/**
 * The client groups a shelter's beds are set aside for. Unaccompanied children are placed only in beds for children,
 * apart from adults; a child with a parent may share a family room.
 */
public enum BedGroup {
    WOMEN,
    MEN,
    CHILDREN,
    FAMILIES;

    public String messageKey() {
        return "shelter.group." + name();
    }
}
