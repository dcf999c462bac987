package org.fazhi.registry.feed;

import org.eclipse.microprofile.graphql.Description;

@Description("What happened to the object of a change event.")
public enum ChangeAction {
    @Description("The object was created.")
    CREATED,
    @Description("The object's data changed.")
    UPDATED,
    @Description("A report was replaced by a newer text for the same organisation and year.")
    SUPERSEDED,
    @Description("A report was withdrawn.")
    WITHDRAWN,
    @Description("A superseded report became current again because the version that had replaced it was withdrawn.")
    RESTORED,
    @Description("A commitment's follow-up status changed.")
    STATUS_CHANGED,
    @Description("An organisation was merged into another (the event's object is the one merged away); its reports moved with it.")
    MERGED
}
