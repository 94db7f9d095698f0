package kz.qorgau.prevention;

/** What a training taught; a training may cover several topics. */
public enum TrainingTopic {
    PSYCHOLOGICAL_COERCION, VICTIM_CENTRED_INTERVIEWING, NON_PUNISHMENT, COMPENSATION, ONLINE_RECRUITMENT,
    FORCED_LABOUR_ON_FARMS;

    public String messageKey() {
        return "training.topic." + name();
    }
}
