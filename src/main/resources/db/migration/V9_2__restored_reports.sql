-- A superseded report made current again when the version that replaced it is withdrawn (withdrawReport).
ALTER TABLE change_event DROP CONSTRAINT change_event_action_check;
ALTER TABLE change_event ADD CONSTRAINT change_event_action_check CHECK (action IN ('CREATED', 'UPDATED',
    'SUPERSEDED', 'WITHDRAWN', 'RESTORED', 'STATUS_CHANGED', 'MERGED'));
